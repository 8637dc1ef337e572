import { m } from '$lib/paraglide/messages.js';
import type { BookingState } from '$lib/domain/bookings';
import type { IconName } from '$lib/components/Icon.svelte';

const stateLabelTexts = {
	requested: m.state_requested,
	confirmed: m.state_confirmed,
	running: m.state_running,
	finished: m.state_finished,
	declined: m.state_declined,
	withdrawn: m.state_withdrawn
} satisfies Record<BookingState, () => string>;

/** A booking state in words, with its own pictogram: never colour alone. */
export function stateLabel(state: BookingState): string {
	return stateLabelTexts[state]();
}

const stateExplanationTexts = {
	requested: m.state_requested_text,
	confirmed: m.state_confirmed_text,
	running: m.state_running_text,
	finished: m.state_finished_text,
	declined: m.state_declined_text,
	withdrawn: m.state_withdrawn_text
} satisfies Record<BookingState, () => string>;

export function stateExplanation(state: BookingState): string {
	return stateExplanationTexts[state]();
}

export const stateIcons: Record<BookingState, IconName> = {
	requested: 'waiting',
	confirmed: 'done',
	running: 'running',
	finished: 'finished',
	declined: 'declined',
	withdrawn: 'withdrawn'
};
