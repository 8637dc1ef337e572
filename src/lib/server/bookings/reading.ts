/** Reading bookings: the participant's own, and what staff see of theirs. */
import { and, asc, desc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { booking, user } from '$lib/server/db/schema';
import type { BookingState } from '$lib/domain/bookings';
import {
	mayDecideRequest,
	mayManageBooking,
	participantMaySeeBooking,
	requestConcernsLead,
	requireRole,
	staffMaySeeBooking,
	type Actor
} from '../access';
import {
	bookingFor,
	historyOf,
	participantUser,
	selectBookings,
	staffBooking,
	type BookingHistoryEntry,
	type BookingView,
	type StaffBooking
} from './queries';

/** The participant's own bookings, newest first. */
export async function listOwnBookings(actor: Actor): Promise<BookingView[]> {
	const participantActor = requireRole(actor, ['participant']);
	const db = await getDb();
	return selectBookings(db)
		.where(eq(booking.participantId, participantActor.id))
		.orderBy(desc(booking.createdAt));
}

/** One of the participant's own bookings with its history; anybody else's answers 404. */
export async function getOwnBooking(
	actor: Actor,
	bookingId: string
): Promise<{ booking: BookingView; history: BookingHistoryEntry[] }> {
	requireRole(actor, ['participant']);
	const found = await bookingFor(await getDb(), actor, bookingId, participantMaySeeBooking);
	return { booking: found, history: await historyOf(found.id) };
}

/** The participant has looked at their bookings (or at one): no longer "Neu". */
export async function markOwnBookingsSeen(actor: Actor, bookingId?: string): Promise<void> {
	requireRole(actor, ['participant']);
	const db = await getDb();
	await db
		.update(booking)
		.set({ unseenByParticipant: false })
		.where(
			and(
				eq(booking.participantId, actor.id),
				eq(booking.unseenByParticipant, true),
				bookingId ? eq(booking.id, bookingId) : undefined
			)
		);
}

/** Open requests a lead may decide on: for their provider or with no wish; longest waiting first. */
export async function listOpenRequests(actor: Actor): Promise<BookingView[]> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return [];
	const db = await getDb();
	return selectBookings(db)
		.where(
			and(
				eq(booking.state, 'requested'),
				or(isNull(booking.wishedProviderId), eq(booking.wishedProviderId, lead.providerId))
			)
		)
		.orderBy(asc(booking.createdAt));
}

/** A lead's: every booking agreed with their provider. A trainer's: the bookings they train. */
export async function listStaffBookings(actor: Actor): Promise<BookingView[]> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	const mine =
		staff.role === 'lead' && staff.providerId
			? or(eq(booking.providerId, staff.providerId), eq(booking.trainerId, staff.id))
			: eq(booking.trainerId, staff.id);
	return selectBookings(db)
		.where(and(mine, ne(booking.state, 'requested')))
		.orderBy(asc(participantUser.displayName), asc(booking.plannedStart));
}

/**
 * Another booking of the same participant, as a staff member may see it: its module and state
 * when they may open it, otherwise only that it exists (state null), with nothing of its
 * provider, trainer, dates or message.
 */
export interface OtherBooking {
	moduleCode: string;
	state: BookingState | null;
}

export interface StaffBookingDetail {
	booking: BookingView;
	history: BookingHistoryEntry[];
	/** The participant's other bookings, so the lead sees where they stand. */
	otherBookings: OtherBooking[];
	mayDecide: boolean;
	mayManage: boolean;
}

export async function getBookingForStaff(
	actor: Actor,
	bookingId: string
): Promise<StaffBookingDetail> {
	const db = await getDb();
	return staffBookingDetail(db, await staffBooking(db, actor, bookingId));
}

/** What the staff booking page shows of the booking itself, once access is checked. */
export async function staffBookingDetail(
	db: Executor,
	found: StaffBooking
): Promise<StaffBookingDetail> {
	const { staff } = found;
	const others = await selectBookings(db)
		.where(and(eq(booking.participantId, found.participantId), ne(booking.id, found.id)))
		.orderBy(asc(booking.createdAt));
	const { staff: _staff, ...view } = found;
	return {
		booking: view,
		history: await historyOf(found.id),
		otherBookings: others.map((other) => ({
			moduleCode: other.moduleCode,
			state: staffMaySeeBooking(staff, other) ? other.state : null
		})),
		mayDecide: mayDecideRequest(staff, found),
		mayManage: mayManageBooking(staff, found)
	};
}

/** A request as its lead sees it: in full while it is open or agreed with their provider. */
export type RequestDetail =
	| ({ decided: false } & StaffBookingDetail)
	/** Decided or withdrawn, and not agreed with this lead's provider: only that, no details. */
	| {
			decided: true;
			request: { id: string; moduleCode: string; participantName: string; createdAt: Date };
	  };

/**
 * A lead who acted too late still learns what became of a request, but nothing more of a
 * booking another provider agreed.
 */
export async function getRequestForLead(actor: Actor, bookingId: string): Promise<RequestDetail> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	const found = await staffBooking(db, lead, bookingId, requestConcernsLead);
	if (!mayDecideRequest(lead, found) && !mayManageBooking(lead, found)) {
		const { id, moduleCode, participantName, createdAt } = found;
		return { decided: true, request: { id, moduleCode, participantName, createdAt } };
	}
	return { decided: false, ...(await staffBookingDetail(db, found)) };
}

/** Staff of the actor's provider who can train: its trainers and leads. */
export async function listOwnTrainers(
	actor: Actor
): Promise<{ id: string; displayName: string }[]> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return [];
	const db = await getDb();
	return db
		.select({ id: user.id, displayName: user.displayName })
		.from(user)
		.where(and(eq(user.providerId, lead.providerId), inArray(user.role, ['trainer', 'lead'])))
		.orderBy(asc(user.displayName));
}
