import { m } from '$lib/paraglide/messages.js';
import type { BookingState } from '$lib/domain/bookings';
import type { IconName } from '$lib/components/Icon.svelte';

/** A booking state in words, with its own pictogram: never colour alone. */
export function stateLabel(state: BookingState): string {
	switch (state) {
		case 'requested':
			return m.state_requested();
		case 'confirmed':
			return m.state_confirmed();
		case 'running':
			return m.state_running();
		case 'finished':
			return m.state_finished();
		case 'declined':
			return m.state_declined();
		case 'withdrawn':
			return m.state_withdrawn();
	}
}

export function stateExplanation(state: BookingState): string {
	switch (state) {
		case 'requested':
			return m.state_requested_text();
		case 'confirmed':
			return m.state_confirmed_text();
		case 'running':
			return m.state_running_text();
		case 'finished':
			return m.state_finished_text();
		case 'declined':
			return m.state_declined_text();
		case 'withdrawn':
			return m.state_withdrawn_text();
	}
}

export const stateIcons: Record<BookingState, IconName> = {
	requested: 'waiting',
	confirmed: 'done',
	running: 'running',
	finished: 'finished',
	declined: 'declined',
	withdrawn: 'withdrawn'
};
