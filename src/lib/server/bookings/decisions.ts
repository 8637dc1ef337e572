/** Leads decide on requests (confirm, decline) and run bookings (start, finish). */
import { and, eq, inArray } from 'drizzle-orm';
import {
	allowedEndDates,
	allowedStartDates,
	confirmRefusal,
	isWithin,
	needsConfirmation,
	staffTransitions,
	type ConfirmRefusal,
	type DateRange
} from '$lib/domain/bookings';
import { berlinDate, type IsoDate } from '$lib/domain/dates';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { user } from '$lib/server/db/schema';
import {
	mayDecideRequest,
	mayManageBooking,
	requestConcernsLead,
	requireRole,
	staffMaySeeBooking,
	type Actor
} from '../access';
import { bookableModule, bookingFor, mandatoryModuleCode, participantFacts } from './queries';
import { changeState } from './state-change';

export interface Confirmation {
	version: number;
	plannedStart: IsoDate;
	plannedEnd: IsoDate;
	trainerId: string;
}

export type ConfirmResult =
	| { ok: true }
	| { ok: false; reason: ConfirmRefusal | 'changed_meanwhile' | 'unknown_trainer' }
	| { ok: false; reason: 'start_out_of_range' | 'end_out_of_range'; allowed: DateRange };

export type DatesRefusal = {
	ok: false;
	reason: 'start_out_of_range' | 'end_out_of_range';
	allowed: DateRange;
};

/** Planned dates a lead may set (when confirming) or staff may correct to; null when fine. */
export function plannedDatesRefusal(
	moduleCode: string,
	dates: { plannedStart: IsoDate; plannedEnd: IsoDate },
	now: Date
): DatesRefusal | null {
	const startRange = allowedStartDates(berlinDate(now));
	if (!isWithin(dates.plannedStart, startRange))
		return { ok: false, reason: 'start_out_of_range', allowed: startRange };
	const length = bookableModule(moduleCode).length;
	if (length) {
		const endRange = allowedEndDates(length, dates.plannedStart);
		if (!isWithin(dates.plannedEnd, endRange))
			return { ok: false, reason: 'end_out_of_range', allowed: endRange };
	} else if (dates.plannedEnd < dates.plannedStart) {
		return {
			ok: false,
			reason: 'end_out_of_range',
			allowed: { earliest: dates.plannedStart, latest: dates.plannedStart }
		};
	}
	return null;
}

/** Someone of the lead's provider who can train a booking (a trainer or a lead), or undefined. */
export async function trainerOfProvider(
	tx: Executor,
	lead: Actor,
	trainerId: string
): Promise<{ id: string } | undefined> {
	const [chosen] = await tx
		.select({ id: user.id })
		.from(user)
		.where(
			and(
				eq(user.id, trainerId),
				eq(user.providerId, lead.providerId ?? ''),
				inArray(user.role, ['trainer', 'lead'])
			)
		);
	return chosen;
}

export async function confirmBooking(
	actor: Actor,
	bookingId: string,
	input: Confirmation,
	now: Date = new Date()
): Promise<ConfirmResult> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<ConfirmResult> => {
		// A request another lead has just decided answers "changed", not "unknown".
		const found = await bookingFor(tx, lead, bookingId, requestConcernsLead);
		if (found.version !== input.version || !mayDecideRequest(lead, found)) {
			return { ok: false, reason: 'changed_meanwhile' };
		}
		const refusal = confirmRefusal(
			found,
			mandatoryModuleCode(),
			await participantFacts(tx, found.participantId, found)
		);
		if (refusal) return { ok: false, reason: refusal };

		const datesRefused = plannedDatesRefusal(found.moduleCode, input, now);
		if (datesRefused) return datesRefused;

		const chosenTrainer = await trainerOfProvider(tx, lead, input.trainerId);
		if (!chosenTrainer) return { ok: false, reason: 'unknown_trainer' };

		const changed = await changeState(tx, found, {
			to: staffTransitions.confirm.to,
			actorId: lead.id,
			now,
			notifyParticipant: true,
			set: {
				providerId: lead.providerId,
				trainerId: chosenTrainer.id,
				plannedStart: input.plannedStart,
				plannedEnd: input.plannedEnd
			}
		});
		return changed ? { ok: true } : { ok: false, reason: 'changed_meanwhile' };
	});
}

/** `not_confirmed`: the change cannot be undone and the lead has not said "yes, I mean it". */
export type DecisionResult =
	{ ok: true } | { ok: false; reason: 'changed_meanwhile' | 'not_confirmed' };

export async function declineBooking(
	actor: Actor,
	bookingId: string,
	input: { version: number; reason: string; confirmed: boolean },
	now: Date = new Date()
): Promise<DecisionResult> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<DecisionResult> => {
		// A request another lead has just decided answers "changed", not "unknown".
		const found = await bookingFor(tx, lead, bookingId, requestConcernsLead);
		if (needsConfirmation('decline') && !input.confirmed)
			return { ok: false, reason: 'not_confirmed' };
		if (found.version !== input.version || !mayDecideRequest(lead, found)) {
			return { ok: false, reason: 'changed_meanwhile' };
		}
		const changed = await changeState(tx, found, {
			to: staffTransitions.decline.to,
			actorId: lead.id,
			now,
			notifyParticipant: true,
			reason: input.reason,
			set: { declineReason: input.reason }
		});
		return changed ? { ok: true } : { ok: false, reason: 'changed_meanwhile' };
	});
}

/** Marks a confirmed booking as started, or a running one as finished. */
export async function advanceBooking(
	actor: Actor,
	bookingId: string,
	input: { version: number; step: 'start' | 'finish'; confirmed: boolean },
	now: Date = new Date()
): Promise<DecisionResult> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<DecisionResult> => {
		const found = await bookingFor(tx, lead, bookingId, staffMaySeeBooking);
		if (needsConfirmation(input.step) && !input.confirmed)
			return { ok: false, reason: 'not_confirmed' };
		const transition = staffTransitions[input.step];
		if (
			found.version !== input.version ||
			!mayManageBooking(lead, found) ||
			found.state !== transition.from
		) {
			return { ok: false, reason: 'changed_meanwhile' };
		}
		const changed = await changeState(tx, found, {
			to: transition.to,
			actorId: lead.id,
			now,
			notifyParticipant: true
		});
		return changed ? { ok: true } : { ok: false, reason: 'changed_meanwhile' };
	});
}
