import type { BookingState } from '$lib/domain/bookings';
import type { CapKind } from '$lib/domain/catalogue';
import type { IsoDate, IsoMonth } from '$lib/domain/dates';
import type { AuditAction, AuditDocument, ReportState } from '$lib/domain/documents';
import type { FeedbackView } from '$lib/server/feedback/service';
import type { GoalEventKind, GoalKind, GoalState } from '$lib/domain/goals';
import { minutesByMonth, type HourKind } from '$lib/domain/hours';
import { icfNotation, validateIcfRating } from '$lib/domain/icf';
import type { Role } from '$lib/domain/roles';
import type { Documentation } from '$lib/server/documents/service';

/** An ISO 8601 time in UTC, as `Date.prototype.toISOString` writes it. */
type IsoTime = string;

/**
 * The JSON export's shape (README "`GET /documents/export.json` … returns", DESIGN.md "own
 * data"). Modules are named by their code, durations are whole minutes, people by name.
 */
export interface PortalExport {
	format: 'passtgenau-portal-export';
	formatVersion: 1;
	exportedAt: IsoTime;
	participant: { id: string; name: string; username: string };
	bookings: {
		id: string;
		module: string;
		state: BookingState;
		requestedAt: IsoTime;
		wishedProvider: string | null;
		wishedStartMonth: IsoMonth | null;
		message: string | null;
		provider: string | null;
		trainer: string | null;
		plannedStart: IsoDate | null;
		plannedEnd: IsoDate | null;
		declineReason: string | null;
		reflectionTalks: {
			id: string;
			heldOn: IsoDate;
			nextOn: IsoDate | null;
			summary: string | null;
			/** Every correction, oldest first: what it said before, who changed it, when and why. */
			corrections: {
				at: IsoTime;
				by: string;
				reason: string;
				before: { heldOn: IsoDate; nextOn: IsoDate | null; summary: string | null };
			}[];
		}[];
	}[];
	goals: {
		id: string;
		kind: GoalKind;
		/** Null for a personal goal ("Mein Ziel"). */
		module: string | null;
		text: string;
		state: GoalState;
		createdAt: IsoTime;
		history: {
			at: IsoTime;
			by: string;
			role: Role;
			kind: GoalEventKind;
			fromState: GoalState | null;
			toState: GoalState | null;
			text: string | null;
			/** Why staff corrected the goal's words. */
			reason: string | null;
		}[];
	}[];
	hours: {
		bookingId: string;
		module: string;
		capKind: CapKind;
		/** Null when the module has no cap. */
		capMinutes: number | null;
		usedMinutes: number;
		/** Live minutes per calendar month, oldest first. */
		months: { month: IsoMonth; minutes: number }[];
		/** Every row, with corrections and cancellations. */
		entries: {
			id: string;
			date: IsoDate;
			minutes: number;
			kind: HourKind;
			note: string | null;
			by: string;
			/** The row this one corrects or cancels. */
			replaces: string | null;
			cancellation: boolean;
			reason: string | null;
			writtenAt: IsoTime;
		}[];
	}[];
	feedback: (Pick<
		FeedbackView,
		'id' | 'talkHeldOn' | 'rating' | 'good' | 'bad' | 'wish' | 'state' | 'changeNote'
	> & {
		givenAt: IsoTime;
		module: string | null;
		answers: { by: string; text: string; closes: boolean; at: IsoTime }[];
	})[];
	notes: {
		id: string;
		bookingId: string;
		module: string;
		date: IsoDate;
		text: string;
		by: string;
		role: Role;
		writtenAt: IsoTime;
		correctionReason: string | null;
		earlierVersions: {
			text: string;
			by: string;
			writtenAt: IsoTime;
			correctionReason: string | null;
		}[];
	}[];
	reports: {
		id: string;
		version: number;
		state: ReportState;
		provider: string;
		writtenBy: string;
		startingSituation: string;
		course: string;
		goals: { goal: string; state: GoalState; attainment: string }[];
		icf: {
			code: string;
			/** Null while the rating is incomplete (a draft). */
			notation: string | null;
			performance: string | null;
			capacity: string | null;
			qualifier: string | null;
			comment: string;
		}[];
		recommendation: string;
		participantComment: string | null;
		finalisedBy: string | null;
		finalisedAt: IsoTime | null;
	}[];
	accessLog: {
		at: IsoTime;
		action: AuditAction;
		document: AuditDocument;
		/** Null when a share link was opened: then `shareLink` names it. */
		by: string | null;
		role: Role | null;
		shareLink: string | null;
	}[];
}

/**
 * The participant's own data as JSON (GET /documents/export.json). The shape is a contract
 * (DESIGN.md, README): modules by their code, durations in minutes, times in ISO 8601 UTC,
 * calendar days as "2027-03-12". It holds everything the documentation PDF shows.
 */
export function dataExport(doc: Documentation): PortalExport {
	return {
		format: 'passtgenau-portal-export',
		formatVersion: 1,
		exportedAt: doc.generatedAt.toISOString(),
		participant: {
			id: doc.participant.id,
			name: doc.participant.displayName,
			username: doc.participant.username
		},
		bookings: doc.bookings.map((booking) => ({
			id: booking.id,
			module: booking.moduleCode,
			state: booking.state,
			requestedAt: booking.createdAt.toISOString(),
			wishedProvider: booking.wishedProviderName,
			wishedStartMonth: booking.wishedStartMonth,
			message: booking.message,
			provider: booking.providerName,
			trainer: booking.trainerName,
			plannedStart: booking.plannedStart,
			plannedEnd: booking.plannedEnd,
			declineReason: booking.declineReason,
			reflectionTalks: doc.talks
				.filter((talk) => talk.bookingId === booking.id)
				.map((talk) => ({
					id: talk.id,
					heldOn: talk.heldOn,
					nextOn: talk.nextOn,
					summary: talk.summary,
					corrections: talk.changes.map((change) => ({
						at: change.at.toISOString(),
						by: change.actorName,
						reason: change.reason,
						before: {
							heldOn: change.fromHeldOn,
							nextOn: change.fromNextOn,
							summary: change.fromSummary
						}
					}))
				}))
		})),
		goals: doc.goals.map((goal) => ({
			id: goal.id,
			kind: goal.kind,
			module: goal.moduleCode,
			text: goal.text,
			state: goal.state,
			createdAt: goal.createdAt.toISOString(),
			history: goal.history.map((event) => ({
				at: event.at.toISOString(),
				by: event.actorName,
				role: event.actorRole,
				kind: event.kind,
				fromState: event.fromState,
				toState: event.toState,
				text: event.text,
				reason: event.reason
			}))
		})),
		hours: doc.hours.map((hours) => ({
			bookingId: hours.booking.id,
			module: hours.booking.moduleCode,
			capKind: hours.cap.kind,
			capMinutes: hours.cap.kind === 'none' ? null : hours.cap.hours * 60,
			usedMinutes: hours.usedMinutes,
			months: minutesByMonth(hours.live),
			entries: hours.allEntries.map((entry) => ({
				id: entry.id,
				date: entry.date,
				minutes: entry.minutes,
				kind: entry.kind,
				note: entry.note,
				by: entry.authorName,
				replaces: entry.replacesId,
				cancellation: entry.isCancellation,
				reason: entry.reason,
				writtenAt: entry.createdAt.toISOString()
			}))
		})),
		feedback: doc.feedback.map((item) => ({
			id: item.id,
			givenAt: item.createdAt.toISOString(),
			module: item.moduleCode,
			talkHeldOn: item.talkHeldOn,
			rating: item.rating,
			good: item.good,
			bad: item.bad,
			wish: item.wish,
			state: item.state,
			changeNote: item.changeNote,
			answers: item.replies.map((reply) => ({
				by: reply.authorName,
				text: reply.text,
				closes: reply.closes,
				at: reply.createdAt.toISOString()
			}))
		})),
		notes: doc.notes.map((thread) => ({
			id: thread.current.id,
			bookingId: thread.current.bookingId,
			module: thread.current.moduleCode,
			date: thread.current.date,
			text: thread.current.text,
			by: thread.current.authorName,
			role: thread.current.authorRole,
			writtenAt: thread.current.createdAt.toISOString(),
			correctionReason: thread.current.reason,
			earlierVersions: thread.earlier.map((older) => ({
				text: older.text,
				by: older.authorName,
				writtenAt: older.createdAt.toISOString(),
				correctionReason: older.reason
			}))
		})),
		reports: doc.reports.map((report) => ({
			id: report.id,
			version: report.version,
			state: report.state,
			provider: report.providerName,
			writtenBy: report.authorName,
			startingSituation: report.startingSituation,
			course: report.course,
			goals: report.goals.map((goal) => ({
				goal: goal.goalText,
				state: goal.goalState,
				attainment: goal.text
			})),
			icf: report.icf.map((line) => ({
				code: line.code,
				notation: validateIcfRating(line).ok ? icfNotation(line) : null,
				performance: line.performance ?? null,
				capacity: line.capacity ?? null,
				qualifier: line.qualifier ?? null,
				comment: line.comment
			})),
			recommendation: report.recommendation,
			participantComment: report.participantComment,
			finalisedBy: report.finalisedByName,
			finalisedAt: report.finalisedAt?.toISOString() ?? null
		})),
		accessLog: doc.accessLog.map((entry) => ({
			at: entry.at.toISOString(),
			action: entry.action,
			document: entry.document,
			by: entry.actorName,
			role: entry.actorRole,
			shareLink: entry.shareLabel
		}))
	};
}
