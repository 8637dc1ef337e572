/**
 * What the staff pages of one booking show, each read behind one access check: the booking
 * (`staffBooking`) is checked once, and the goals, hours, talks and notes services read what
 * belongs to that checked booking.
 */
import { berlinDate } from '$lib/domain/dates';
import { hourDateWindow, hoursSummary, isLoggable } from '$lib/domain/hours';
import { mayDocumentBooking, mayManageBooking, type Actor } from '$lib/server/access';
import {
	documentableBooking,
	historyOf,
	isCorrection,
	listOwnTrainers,
	staffBooking,
	staffBookingDetail
} from '$lib/server/bookings/service';
import { getDb } from '$lib/server/db';
import { recordBookingView } from '$lib/server/documents/service';
import { noteForBooking, notesOfBooking } from '$lib/server/documents/notes';
import { talkOfBooking, talksOfBooking } from '$lib/server/feedback/service';
import { agreedGoalOfBooking, goalsOfBooking } from '$lib/server/goals/service';
import { hourEntryOfBooking, hoursOfBooking } from '$lib/server/hours/service';

/** The staff booking page: the booking, its hours, goals, talks and notes. Opening it is logged. */
export async function staffBookingWorkspace(actor: Actor, bookingId: string, now = new Date()) {
	const db = await getDb();
	const found = await staffBooking(db, actor, bookingId);
	await recordBookingView(db, found, now);
	const today = berlinDate(now);
	const hours = await hoursOfBooking(db, found);
	const summary = hoursSummary(hours.cap, hours.live, today);
	const replaced = new Set(hours.allEntries.map((entry) => entry.replacesId).filter(Boolean));
	return {
		...(await staffBookingDetail(db, found)),
		hours: {
			capKind: hours.cap.kind,
			usedMinutes: summary.usedMinutes,
			capMinutes: summary.capMinutes,
			entries: [...hours.allEntries]
				.reverse()
				.map((entry) => ({ ...entry, replaced: replaced.has(entry.id) })),
			loggable: isLoggable(found.state),
			...hourDateWindow(found.plannedStart, found.plannedEnd, today)
		},
		goals: await goalsOfBooking(db, found),
		talks: await talksOfBooking(db, found),
		notes: {
			threads: await notesOfBooking(db, found),
			writable: mayDocumentBooking(found.staff, found),
			today
		}
	};
}

/** The page that corrects or cancels one hour entry of the booking. */
export async function hourCorrectionWorkspace(
	actor: Actor,
	bookingId: string,
	entryId: string,
	now = new Date()
) {
	const db = await getDb();
	const found = await staffBooking(db, actor, bookingId);
	const { entry, replaced } = await hourEntryOfBooking(db, found, entryId);
	return {
		booking: withoutStaff(found),
		entry,
		replaced,
		...hourDateWindow(found.plannedStart, found.plannedEnd, berlinDate(now))
	};
}

/** The page that corrects one note of the booking: only for who may document it. */
export async function noteCorrectionWorkspace(actor: Actor, bookingId: string, noteId: string) {
	const db = await getDb();
	const found = await documentableBooking(db, actor, bookingId);
	const { note, replaced } = await noteForBooking(db, found, noteId);
	return { booking: withoutStaff(found), note, replaced };
}

/** The page that corrects one reflection talk of the booking: only for who may document it. */
export async function talkCorrectionWorkspace(actor: Actor, bookingId: string, talkId: string) {
	const db = await getDb();
	const found = await documentableBooking(db, actor, bookingId);
	return { booking: withoutStaff(found), talk: await talkOfBooking(db, found, talkId) };
}

/** The page that corrects the words of one agreed goal of the booking. */
export async function goalCorrectionWorkspace(actor: Actor, bookingId: string, goalId: string) {
	const db = await getDb();
	const found = await documentableBooking(db, actor, bookingId);
	return { booking: withoutStaff(found), goal: await agreedGoalOfBooking(db, found, goalId) };
}

/**
 * The page that corrects a booking's confirmed dates (who may document it) and its trainer
 * (a lead of its provider, who also gets the provider's trainers to choose from).
 */
export async function bookingCorrectionWorkspace(actor: Actor, bookingId: string) {
	const db = await getDb();
	const found = await documentableBooking(db, actor, bookingId);
	const mayCorrectTrainer = mayManageBooking(found.staff, found);
	return {
		booking: withoutStaff(found),
		corrections: (await historyOf(found.id)).filter(isCorrection),
		mayCorrectTrainer,
		trainers: mayCorrectTrainer ? await listOwnTrainers(found.staff) : []
	};
}

/** The booking as the page shows it, without the checked-by marks. */
function withoutStaff<T extends { staff: unknown }>({ staff: _staff, ...booking }: T) {
	return booking;
}
