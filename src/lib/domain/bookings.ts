import { addDays, addMonths, type IsoDate } from './dates';
import type { LengthRange, ModuleDefinition } from './catalogue';

/**
 * The life of a booking: a participant asks (requested), a lead confirms with dates and a
 * trainer (confirmed) or declines with a reason (declined); the participant may withdraw
 * until it is confirmed (withdrawn); the lead marks it started (running) and finished.
 */
export const bookingStates = [
	'requested',
	'confirmed',
	'running',
	'finished',
	'declined',
	'withdrawn'
] as const;
export type BookingState = (typeof bookingStates)[number];

/** What staff may correct on an agreed booking, each with a reason and kept in its history. */
export const bookingCorrections = ['planned_dates', 'trainer'] as const;
export type BookingCorrection = (typeof bookingCorrections)[number];

/** States in which a booking is still going on or still to come. */
export const openStates = [
	'requested',
	'confirmed',
	'running'
] as const satisfies readonly BookingState[];

export function isOpen(state: BookingState): boolean {
	return (openStates as readonly BookingState[]).includes(state);
}

/** States of a booking a provider agreed to: staff document it, and it counts for access. */
export const agreedStates: readonly BookingState[] = ['confirmed', 'running', 'finished'];

export function isAgreed(state: BookingState): boolean {
	return agreedStates.includes(state);
}

/**
 * The staff booking list, what needs doing first: a confirmed booking waits to be started, a
 * running one gets hours and notes, a finished one its final report; declined and withdrawn
 * ones stay only for the record. Requests have a list of their own.
 */
export const staffListOrder = [
	'confirmed',
	'running',
	'finished',
	'declined',
	'withdrawn'
] as const satisfies readonly BookingState[];
export type StaffListState = (typeof staffListOrder)[number];

/** States in which a booking counts as "the Einstiegsphase is requested or done". */
const entryCountsIn: readonly BookingState[] = ['requested', ...agreedStates];

export interface BookingFacts {
	moduleCode: string;
	state: BookingState;
}

export type RequestRefusal = 'not_bookable' | 'entry_first' | 'already_open';

/**
 * Why `module` may not be requested now, or null when it may.
 * `requestedTogether` are modules asked for in the same step (the whole sequence), which
 * lets the Einstiegsphase and the later modules be requested at once.
 */
export function requestRefusal(
	module: ModuleDefinition,
	mandatoryCode: string,
	existing: readonly BookingFacts[],
	requestedTogether: readonly string[] = []
): RequestRefusal | null {
	if (!module.bookable) return 'not_bookable';
	if (existing.some((booking) => booking.moduleCode === module.code && isOpen(booking.state))) {
		return 'already_open';
	}
	if (module.code !== mandatoryCode) {
		const entryThere =
			requestedTogether.includes(mandatoryCode) ||
			existing.some(
				(booking) => booking.moduleCode === mandatoryCode && entryCountsIn.includes(booking.state)
			);
		if (!entryThere) return 'entry_first';
	}
	return null;
}

export type ConfirmRefusal = 'not_requested' | 'entry_not_agreed';

/** A lead may confirm a request; a later module only once the Einstiegsphase is agreed. */
export function confirmRefusal(
	booking: BookingFacts,
	mandatoryCode: string,
	others: readonly BookingFacts[]
): ConfirmRefusal | null {
	if (booking.state !== 'requested') return 'not_requested';
	if (
		booking.moduleCode !== mandatoryCode &&
		!others.some((other) => other.moduleCode === mandatoryCode && isAgreed(other.state))
	) {
		return 'entry_not_agreed';
	}
	return null;
}

export type WithdrawRefusal = 'not_requested' | 'others_need_entry';

/**
 * A participant may withdraw a request until it is confirmed. The Einstiegsphase stays while
 * other modules wait on it: they would otherwise stand without their base.
 * `others` are the participant's other bookings.
 */
export function withdrawRefusal(
	booking: BookingFacts,
	mandatoryCode: string,
	others: readonly BookingFacts[]
): WithdrawRefusal | null {
	if (booking.state !== 'requested') return 'not_requested';
	if (booking.moduleCode === mandatoryCode) {
		const entryAgreed = others.some(
			(other) => other.moduleCode === mandatoryCode && isAgreed(other.state)
		);
		const othersWaiting = others.some(
			(other) => other.moduleCode !== mandatoryCode && isOpen(other.state)
		);
		if (!entryAgreed && othersWaiting) return 'others_need_entry';
	}
	return null;
}

/** The state changes staff make, and the state each starts from. */
export const staffTransitions = {
	confirm: { from: 'requested', to: 'confirmed' },
	decline: { from: 'requested', to: 'declined' },
	start: { from: 'confirmed', to: 'running' },
	finish: { from: 'running', to: 'finished' }
} as const satisfies Record<string, { from: BookingState; to: BookingState }>;

export type StaffTransition = keyof typeof staffTransitions;

/** A lead's one step forward on an agreed booking: start it, or finish it; null when neither. */
export function nextLeadStep(state: BookingState): 'start' | 'finish' | null {
	if (state === staffTransitions.start.from) return 'start';
	if (state === staffTransitions.finish.from) return 'finish';
	return null;
}

/**
 * No staff change leads back to the state before it, so the ones that a slip could make are
 * confirmed first with a "yes, I mean it" (docs/accessibility.md: ask before anything that
 * cannot be undone): a decline ends the participant's request, and start and finish are one
 * click each. Confirming a request is not asked again: its dates and trainer are typed in and
 * checked before anything changes, and it gives the participant what they asked for.
 */
const confirmedFirst: readonly StaffTransition[] = ['decline', 'start', 'finish'];

export function needsConfirmation(transition: StaffTransition): boolean {
	return confirmedFirst.includes(transition);
}

export interface DateRange {
	earliest: IsoDate;
	latest: IsoDate;
}

/**
 * The planned end dates that fit a module's length for a given start. A length of N weeks or
 * months ends the day before the same weekday or day of month N weeks or months later; a
 * module with only an upper bound may end any day from its start on.
 */
export function allowedEndDates(length: LengthRange, start: IsoDate): DateRange {
	const step = (count: number) =>
		length.unit === 'week' ? addDays(start, count * 7) : addMonths(start, count);
	return {
		earliest: length.min === null ? start : addDays(step(length.min), -1),
		latest: addDays(step(length.max), -1)
	};
}

export function isWithin(date: IsoDate, range: DateRange): boolean {
	return date >= range.earliest && date <= range.latest;
}

/** How far back and ahead a lead may plan a start: late entries happen, far-off plans do not. */
export function allowedStartDates(today: IsoDate): DateRange {
	return { earliest: addMonths(today, -12), latest: addMonths(today, 24) };
}

/** Leads answer a request within this many days; the participant is told the date. */
export const answerWithinDays = 14;
