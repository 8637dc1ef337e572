/**
 * Staff correct what was confirmed: the planned dates (the booking's trainer or a lead of its
 * provider) and the trainer (a lead). The booking row takes the new values; a booking_event
 * keeps who, when, from, to and why, so the earlier version stays in the history.
 */
import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { isAgreed, type BookingCorrection } from '$lib/domain/bookings';
import type { IsoDate } from '$lib/domain/dates';
import type { Executor } from '$lib/server/db/client';
import { booking, bookingEvent } from '$lib/server/db/schema';
import { mayManageBooking, requireRole, type Actor } from '../access';
import { plannedDatesRefusal, trainerOfProvider, type DatesRefusal } from './decisions';
import { documentableBooking, staffBooking, writeOnBooking, type BookingView } from './queries';

export type BookingCorrectionResult =
	{ ok: true } | { ok: false; reason: 'changed_meanwhile' | 'unknown_trainer' } | DatesRefusal;

/** Writes the corrected values and the history entry; false when the version is stale. */
async function writeCorrection(
	tx: Executor,
	found: BookingView,
	actorId: string,
	now: Date,
	correction: BookingCorrection,
	reason: string,
	set: Partial<typeof booking.$inferInsert>,
	change: Partial<typeof bookingEvent.$inferInsert>
): Promise<boolean> {
	const updated = await tx
		.update(booking)
		.set({ ...set, version: found.version + 1, updatedAt: now, unseenByParticipant: true })
		.where(and(eq(booking.id, found.id), eq(booking.version, found.version)))
		.returning({ id: booking.id });
	if (updated.length === 0) return false;
	await tx.insert(bookingEvent).values({
		bookingId: found.id,
		actorId,
		at: now,
		// A correction keeps the state: from and to are the same.
		fromState: found.state,
		toState: found.state,
		reason,
		correction,
		...change
	});
	return true;
}

/** The booking's trainer or a lead of its provider corrects the confirmed start and end. */
export async function correctPlannedDates(
	actor: Actor,
	bookingId: string,
	input: { version: number; plannedStart: IsoDate; plannedEnd: IsoDate; reason: string },
	now: Date = new Date()
): Promise<BookingCorrectionResult> {
	return writeOnBooking(
		actor,
		bookingId,
		documentableBooking,
		async (tx, found): Promise<BookingCorrectionResult> => {
			if (found.version !== input.version) return { ok: false, reason: 'changed_meanwhile' };
			const refused = plannedDatesRefusal(found.moduleCode, input, now);
			if (refused) return refused;
			if (found.plannedStart === input.plannedStart && found.plannedEnd === input.plannedEnd)
				return { ok: true };
			const written = await writeCorrection(
				tx,
				found,
				found.staff.id,
				now,
				'planned_dates',
				input.reason,
				{ plannedStart: input.plannedStart, plannedEnd: input.plannedEnd },
				{
					fromStart: found.plannedStart,
					toStart: input.plannedStart,
					fromEnd: found.plannedEnd,
					toEnd: input.plannedEnd
				}
			);
			return written ? { ok: true } : { ok: false, reason: 'changed_meanwhile' };
		}
	);
}

/** A lead of the booking's provider gives an agreed booking to another trainer of the provider. */
export async function correctTrainer(
	actor: Actor,
	bookingId: string,
	input: { version: number; trainerId: string; reason: string },
	now: Date = new Date()
): Promise<BookingCorrectionResult> {
	const lead = requireRole(actor, ['lead']);
	return writeOnBooking(
		lead,
		bookingId,
		staffBooking,
		async (tx, found): Promise<BookingCorrectionResult> => {
			if (!mayManageBooking(lead, found) || !isAgreed(found.state)) error(403, 'Forbidden');
			if (found.version !== input.version) return { ok: false, reason: 'changed_meanwhile' };
			const chosen = await trainerOfProvider(tx, lead, input.trainerId);
			if (!chosen) return { ok: false, reason: 'unknown_trainer' };
			if (chosen.id === found.trainerId) return { ok: true };
			const written = await writeCorrection(
				tx,
				found,
				lead.id,
				now,
				'trainer',
				input.reason,
				{ trainerId: chosen.id },
				{ fromTrainerId: found.trainerId, toTrainerId: chosen.id }
			);
			return written ? { ok: true } : { ok: false, reason: 'changed_meanwhile' };
		}
	);
}
