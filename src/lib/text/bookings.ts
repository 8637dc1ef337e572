import { m } from '$lib/paraglide/messages.js';
import { textOf } from '$lib/text/tables';
import type { BookingState } from '$lib/domain/bookings';
import type { IconName } from '$lib/components/Icon.svelte';

/** A booking state in words, with its own pictogram: never colour alone. */
export const stateLabel = textOf<BookingState>({
	requested: m.state_requested,
	confirmed: m.state_confirmed,
	running: m.state_running,
	finished: m.state_finished,
	declined: m.state_declined,
	withdrawn: m.state_withdrawn
});

export const stateExplanation = textOf<BookingState>({
	requested: m.state_requested_text,
	confirmed: m.state_confirmed_text,
	running: m.state_running_text,
	finished: m.state_finished_text,
	declined: m.state_declined_text,
	withdrawn: m.state_withdrawn_text
});

export const stateIcons: Record<BookingState, IconName> = {
	requested: 'waiting',
	confirmed: 'done',
	running: 'running',
	finished: 'finished',
	declined: 'declined',
	withdrawn: 'withdrawn'
};
