import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { requireRole, type Actor } from '../access';
import { accessLogOf, recordAccess, type AccessLogEntry } from '$lib/server/documents/audit';
import { listOwnBookings, type BookingView, type StaffBooking } from '$lib/server/bookings/service';
import {
	listOwnFeedback,
	ownTalks,
	type FeedbackView,
	type TalkView
} from '$lib/server/feedback/service';
import { listOwnGoals, type GoalView } from '$lib/server/goals/service';
import { ownHours, type BookingHours } from '$lib/server/hours/service';
import { notesOfParticipant, type NoteThread } from '$lib/server/documents/notes';
import {
	latestFinalReport,
	reportsOfParticipant,
	type ReportView
} from '$lib/server/documents/reports';
import { actorFor } from '$lib/server/users/service';

/** Everything the portal keeps about one participant: the source of both PDFs and the JSON export. */
export interface Documentation {
	participant: { id: string; displayName: string; username: string };
	generatedAt: Date;
	bookings: BookingView[];
	talks: TalkView[];
	goals: GoalView[];
	hours: BookingHours[];
	feedback: FeedbackView[];
	notes: NoteThread[];
	/** Every version the participant may read, newest first: final ones and a draft. */
	reports: ReportView[];
	/** The newest final version, which the documentation PDF and the report PDF print. */
	finalReport: ReportView | null;
	accessLog: AccessLogEntry[];
}

/**
 * Gathers the documentation through the same services the participant's pages use, so the
 * download can never show more than the person may see on screen.
 */
export async function ownDocumentation(
	actor: Actor,
	now: Date = new Date()
): Promise<Documentation> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	return {
		participant: {
			id: participant.id,
			displayName: participant.displayName,
			username: participant.username
		},
		generatedAt: now,
		bookings: await listOwnBookings(participant),
		talks: await ownTalks(participant),
		goals: await listOwnGoals(participant),
		hours: await ownHours(participant),
		feedback: await listOwnFeedback(participant),
		notes: await notesOfParticipant(db, participant.id),
		reports: await reportsOfParticipant(db, participant.id),
		finalReport: await latestFinalReport(db, participant.id),
		accessLog: await accessLogOf(db, participant.id)
	};
}

/** The participant's final report, newest version; 404 while none is final. */
export async function ownFinalReport(actor: Actor): Promise<ReportView> {
	const participant = requireRole(actor, ['participant']);
	const report = await latestFinalReport(await getDb(), participant.id);
	if (!report) error(404, 'Not Found');
	return report;
}

/**
 * For a share link: the documentation exactly as the participant would download it. The
 * link stands in for the participant, for this one document only.
 */
export async function documentationForLink(
	participantId: string,
	now: Date = new Date()
): Promise<Documentation> {
	return ownDocumentation(await actorFor(participantId), now);
}

/**
 * Staff opened a booking's page, where its hours, goals and notes are: that is a look at the
 * participant's documentation, and the participant sees it in their access log.
 */
export async function recordBookingView(
	db: Executor,
	found: StaffBooking,
	now: Date = new Date()
): Promise<void> {
	await recordAccess(
		db,
		{
			participantId: found.participantId,
			actorId: found.staff.id,
			action: 'viewed',
			document: 'documentation'
		},
		now
	);
}
