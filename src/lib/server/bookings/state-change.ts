import { and, eq } from 'drizzle-orm';
import type { BookingState } from '$lib/domain/bookings';
import type { Executor } from '$lib/server/db/client';
import { booking, bookingEvent } from '$lib/server/db/schema';
import type { BookingView } from './queries';

/**
 * The one way a booking's state changes, for participants (withdraw) and staff alike: checks the
 * version it was read in and writes the history entry.
 */
/** Moves a booking from the state it was read in; false when someone changed it meanwhile. */
export async function changeState(
	tx: Executor,
	current: BookingView,
	change: {
		to: BookingState;
		actorId: string;
		now: Date;
		notifyParticipant: boolean;
		reason?: string | null;
		set?: Partial<typeof booking.$inferInsert>;
	}
): Promise<boolean> {
	const updated = await tx
		.update(booking)
		.set({
			...change.set,
			state: change.to,
			version: current.version + 1,
			updatedAt: change.now,
			unseenByParticipant: change.notifyParticipant
		})
		.where(
			and(
				eq(booking.id, current.id),
				eq(booking.version, current.version),
				eq(booking.state, current.state)
			)
		)
		.returning({ id: booking.id });
	if (updated.length === 0) return false;
	await tx.insert(bookingEvent).values({
		bookingId: current.id,
		actorId: change.actorId,
		at: change.now,
		fromState: current.state,
		toState: change.to,
		reason: change.reason ?? null
	});
	return true;
}
