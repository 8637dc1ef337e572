import type { IsoDate } from './dates';
import type { GoalState } from './goals';
import {
	findIcfCategory,
	icfCategories,
	icfCoreSetCodes,
	validateIcfRating,
	type IcfRating
} from './icf';

/** Progress notes (Verlaufsdokumentation): dated notes per booking, open to the participant. */
export const progressNoteMaxLength = 5000;

/** Why staff corrected something written down (a note, a talk, a booking, a goal). */
export const correctionReasonMaxLength = 500;

/** The parts of a final report that take free text. */
export const reportTextMaxLength = 10_000;
export const reportCommentMaxLength = 5000;

export const reportStates = ['draft', 'final'] as const;
export type ReportState = (typeof reportStates)[number];

/**
 * Where a participant's final report stands in the staff list, what needs doing first: a
 * draft waits to be finished, then the people without a report; final ones come last.
 */
export const reportListOrder = ['draft', 'none', 'final'] as const;
export type ReportListState = (typeof reportListOrder)[number];

/** How one agreed goal went, as the report says it. The goal's words are copied so a final report never shifts. */
export interface GoalAttainment {
	goalId: string;
	goalText: string;
	goalState: GoalState;
	text: string;
}

export interface ReportContent {
	startingSituation: string;
	course: string;
	goals: GoalAttainment[];
	icf: IcfRating[];
	recommendation: string;
}

/** The parts a report cannot be final without; the form and the error summary name them. */
export type MissingPart =
	| { part: 'startingSituation' }
	| { part: 'course' }
	| { part: 'recommendation' }
	| { part: 'goal'; goalId: string; goalText: string }
	| { part: 'icf'; code: string };

/**
 * What is still empty or not rated. Every agreed goal needs words on how it went, and every
 * category of the ICF core set needs its qualifiers: the funder relies on that minimum.
 */
export function missingReportParts(content: ReportContent): MissingPart[] {
	const missing: MissingPart[] = [];
	if (!content.startingSituation.trim()) missing.push({ part: 'startingSituation' });
	if (!content.course.trim()) missing.push({ part: 'course' });
	for (const goal of content.goals)
		if (!goal.text.trim())
			missing.push({ part: 'goal', goalId: goal.goalId, goalText: goal.goalText });
	for (const code of icfCoreSetCodes) {
		const rating = content.icf.find((line) => line.code === code);
		if (!rating || !validateIcfRating(rating).ok) missing.push({ part: 'icf', code });
	}
	if (!content.recommendation.trim()) missing.push({ part: 'recommendation' });
	return missing;
}

/**
 * The ICF lines worth keeping: rated or commented lines of known categories. Core set lines
 * come first, in the order of the category list, so every report reads the same way.
 */
export function keptIcfLines(lines: readonly IcfRating[]): IcfRating[] {
	const known = lines.filter((line) => findIcfCategory(line.code));
	const worthKeeping = known.filter(
		(line) => line.performance || line.capacity || line.qualifier || line.comment.trim()
	);
	const order = [
		...icfCoreSetCodes,
		...icfCategories.filter((category) => !category.coreSet).map((category) => category.code)
	];
	return [...new Map(worthKeeping.map((line) => [line.code, line])).values()].sort(
		(a, b) => order.indexOf(a.code) - order.indexOf(b.code)
	);
}

/** Documents a participant can share with the funder. */
export const shareableDocuments = ['documentation', 'report'] as const;
export type ShareableDocument = (typeof shareableDocuments)[number];

/** Expiry choices, in days: short enough that a forgotten link does not stay open for ever. */
export const shareExpiryDays = [7, 30, 90] as const;
export type ShareExpiryDays = (typeof shareExpiryDays)[number];

export const shareLabelMaxLength = 100;

export type ShareLinkState = 'active' | 'expired' | 'revoked';

export function shareLinkState(
	link: { expiresAt: Date; revokedAt: Date | null },
	now: Date
): ShareLinkState {
	if (link.revokedAt) return 'revoked';
	return now.getTime() < link.expiresAt.getTime() ? 'active' : 'expired';
}

export function shareExpiry(createdAt: Date, days: ShareExpiryDays): Date {
	return new Date(createdAt.getTime() + days * 24 * 60 * 60 * 1000);
}

/**
 * What the access log records. The participant's own use is not logged: it is their data.
 * Staff looking after the account (a new login letter, closing, reopening, unlocking) show
 * here too, on the document "account": the person sees who let somebody into their account.
 */
export const auditActions = [
	'viewed',
	'downloaded',
	'new-letter',
	'closed',
	'reopened',
	'unlocked'
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditDocuments = ['documentation', 'report', 'data', 'account'] as const;
export type AuditDocument = (typeof auditDocuments)[number];

/** Staff views within this span count once, so a working day does not fill the log with one name. */
export const viewLogWindowMinutes = 60;

/** A note tells what happened: its day lies between the booking's start and today. */
export function noteDateProblem(
	date: IsoDate,
	today: IsoDate,
	bookingStart: IsoDate | null
): 'future' | 'before_start' | null {
	if (date > today) return 'future';
	if (bookingStart && date < bookingStart) return 'before_start';
	return null;
}

export interface NoteFacts {
	id: string;
	replacesId: string | null;
	date: IsoDate;
	createdAt: Date;
}

/**
 * Groups notes into threads: the current words first, then every earlier version, newest
 * first. Threads come newest day first, as a diary reads backwards.
 */
export function noteThreads<T extends NoteFacts>(
	notes: readonly T[]
): { current: T; earlier: T[] }[] {
	const byId = new Map(notes.map((note) => [note.id, note]));
	const replaced = new Set(
		notes.map((note) => note.replacesId).filter((id): id is string => id !== null)
	);
	const threads = notes
		.filter((note) => !replaced.has(note.id))
		.map((current) => {
			const earlier: T[] = [];
			for (let older = current.replacesId ? byId.get(current.replacesId) : undefined; older;) {
				earlier.push(older);
				older = older.replacesId ? byId.get(older.replacesId) : undefined;
			}
			return { current, earlier };
		});
	return threads.sort(
		(a, b) => b.current.date.localeCompare(a.current.date) || rootCreated(b) - rootCreated(a)
	);
}

function rootCreated(thread: { current: NoteFacts; earlier: NoteFacts[] }): number {
	return (thread.earlier.at(-1) ?? thread.current).createdAt.getTime();
}
