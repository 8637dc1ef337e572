import { error } from '@sveltejs/kit';
import { alias, type SelectedFields } from 'drizzle-orm/sqlite-core';
import {
	and,
	asc,
	count,
	desc,
	eq,
	gte,
	inArray,
	isNull,
	or,
	sql,
	type Placeholder,
	type SQL
} from 'drizzle-orm';
import { berlinDate, type IsoDate } from '$lib/domain/dates';
import {
	satisfactionByMonth,
	talkDateProblem,
	type FeedbackState,
	type MonthlySatisfaction,
	type Rating,
	type TalkDateProblem
} from '$lib/domain/feedback';
import { containsPattern, type ListPage } from '$lib/domain/paging';
import { getDb } from '$lib/server/db';
import { ownRowsWith, preparedQuery, preparedQueryByShape } from '$lib/server/db/prepared';
import type { Database, Executor } from '$lib/server/db/client';
import { nameContainsPattern, readPage } from '$lib/server/db/lists';
import {
	booking,
	feedback,
	feedbackReply,
	reflectionTalk,
	reflectionTalkChange,
	user
} from '$lib/server/db/schema';
import { writingLanguage } from '$lib/i18n/written-language';
import { requireRole, staffMaySeeFeedback, type Actor } from '../access';
import {
	documentableBooking,
	type StaffBooking,
	writeOnBooking
} from '$lib/server/bookings/service';

export interface FeedbackInput {
	rating: Rating | null;
	good: string;
	bad: string;
	wish: string;
	bookingId: string | null;
	talkId: string | null;
	requestKey: string;
}

export interface ReplyView {
	id: number;
	authorName: string;
	text: string;
	/** The language the answer was written in. */
	lang: string;
	closes: boolean;
	createdAt: Date;
	isNew: boolean;
}

export interface FeedbackView {
	id: string;
	participantId: string;
	participantName: string;
	providerId: string | null;
	bookingId: string | null;
	moduleCode: string | null;
	trainerId: string | null;
	trainerName: string | null;
	talkHeldOn: IsoDate | null;
	rating: Rating | null;
	good: string;
	bad: string;
	wish: string;
	/** The language the participant wrote in. */
	lang: string;
	state: FeedbackState;
	changeNote: string | null;
	version: number;
	createdAt: Date;
	replies: ReplyView[];
}

/** The participants this trainer trains (any booking), for the feedback a trainer may read. */
function trainedBy(db: Executor, trainerId: string | Placeholder) {
	return db
		.select({ id: booking.participantId })
		.from(booking)
		.where(eq(booking.trainerId, trainerId));
}

/**
 * The same rule as staffMaySeeFeedback in access.ts, as conditions for the inbox query, with
 * the staff member's provider and id as placeholders. A lead's scope comes in two parts that
 * do not overlap (their provider's feedback, and that of no provider), each read in the order of
 * feedback_inbox_idx; a trainer's is one.
 */
function inboxScopeParts(db: Executor, lead: boolean): SQL[] {
	const providerId = sql.placeholder('providerId');
	if (lead) return [eq(feedback.providerId, providerId), isNull(feedback.providerId)];
	const staffId = sql.placeholder('staffId');
	return [
		and(
			eq(feedback.providerId, providerId),
			or(
				eq(booking.trainerId, staffId),
				and(isNull(feedback.bookingId), inArray(feedback.participantId, trainedBy(db, staffId)))
			)
		)!
	];
}

async function staffMaySee(db: Executor, staff: Actor, item: FeedbackView): Promise<boolean> {
	const trains =
		staff.role === 'trainer' &&
		(
			await db
				.select({ id: booking.id })
				.from(booking)
				.where(and(eq(booking.trainerId, staff.id), eq(booking.participantId, item.participantId)))
				.limit(1)
		).length > 0;
	return staffMaySeeFeedback(staff, item, trains);
}

/**
 * Feedback with the name of who gave it: what every feedback view reads, and what the inbox's
 * search looks at. The booking and further joins follow at the caller (Drizzle keeps the
 * row types only for joins made on known columns).
 */
function feedbackWithParticipant<Columns extends SelectedFields>(db: Executor, columns: Columns) {
	return db.select(columns).from(feedback).innerJoin(user, eq(feedback.participantId, user.id));
}

const bookingTrainer = alias(user, 'booking_trainer');

/** What a feedback view reads in one row: who gave it, its booking and that one's trainer, its talk. */
function feedbackRows(db: Executor) {
	return feedbackWithParticipant(db, {
		id: feedback.id,
		participantId: feedback.participantId,
		participantName: user.displayName,
		providerId: feedback.providerId,
		bookingId: feedback.bookingId,
		moduleCode: booking.moduleCode,
		trainerId: booking.trainerId,
		trainerName: bookingTrainer.displayName,
		talkHeldOn: reflectionTalk.heldOn,
		rating: feedback.rating,
		good: feedback.good,
		bad: feedback.bad,
		wish: feedback.wish,
		lang: feedback.lang,
		state: feedback.state,
		changeNote: feedback.changeNote,
		version: feedback.version,
		createdAt: feedback.createdAt
	})
		.leftJoin(booking, eq(feedback.bookingId, booking.id))
		.leftJoin(bookingTrainer, eq(booking.trainerId, bookingTrainer.id))
		.leftJoin(reflectionTalk, eq(feedback.talkId, reflectionTalk.id));
}

/** The answers with their author's name; each view shows them oldest first. */
function replyRows(db: Executor) {
	return db
		.select({
			id: feedbackReply.id,
			feedbackId: feedbackReply.feedbackId,
			authorName: user.displayName,
			text: feedbackReply.text,
			lang: feedbackReply.lang,
			closes: feedbackReply.closes,
			createdAt: feedbackReply.createdAt,
			readAt: feedbackReply.readByParticipantAt
		})
		.from(feedbackReply)
		.innerJoin(user, eq(feedbackReply.authorId, user.id));
}

const replyOrder = [asc(feedbackReply.createdAt), asc(feedbackReply.id)];

type FeedbackRow = Awaited<ReturnType<typeof feedbackRows>>[number];
type ReplyRow = Awaited<ReturnType<typeof replyRows>>[number];

function withReplies(rows: FeedbackRow[], replies: ReplyRow[]): FeedbackView[] {
	return rows.map((row) => ({
		...row,
		rating: row.rating as Rating | null,
		replies: replies
			.filter((reply) => reply.feedbackId === row.id)
			.map(({ feedbackId: _, readAt, ...reply }) => ({ ...reply, isNew: readAt === null }))
	}));
}

/** One piece of feedback for staff; answering reads it inside its transaction, so not prepared. */
async function loadOne(db: Executor, feedbackId: string): Promise<FeedbackView | undefined> {
	const rows = await feedbackRows(db).where(eq(feedback.id, feedbackId));
	if (rows.length === 0) return undefined;
	const replies = await replyRows(db)
		.where(eq(feedbackReply.feedbackId, feedbackId))
		.orderBy(...replyOrder);
	return withReplies(rows, replies)[0];
}

/** The feedback page of every participant reads these two, so they are built once. */
const ownFeedbackRows = preparedQuery((db) =>
	feedbackRows(db)
		.where(eq(feedback.participantId, sql.placeholder('participantId')))
		.orderBy(desc(feedback.createdAt))
		.prepare()
);

/** The answers to all of the participant's feedback: by the feedback's owner, not a list of ids. */
const ownReplyRows = preparedQuery((db) =>
	replyRows(db)
		.innerJoin(feedback, eq(feedbackReply.feedbackId, feedback.id))
		.where(eq(feedback.participantId, sql.placeholder('participantId')))
		.orderBy(...replyOrder)
		.prepare()
);

/**
 * The provider that answers: the one of the named booking, else the one of the participant's
 * latest agreed booking; before any agreement, the provider their open request wishes for.
 * With no wish either it stays null, and every lead may answer (like a request with no wish).
 */
async function answeringProvider(
	tx: Executor,
	participantId: string,
	bookingId: string | null
): Promise<string | null> {
	const rows = await tx
		.select({
			id: booking.id,
			state: booking.state,
			providerId: booking.providerId,
			wishedProviderId: booking.wishedProviderId
		})
		.from(booking)
		.where(eq(booking.participantId, participantId))
		.orderBy(desc(booking.updatedAt));
	if (bookingId)
		return (
			rows.find((row) => row.id === bookingId && row.state !== 'requested')?.providerId ?? null
		);
	const agreed = rows.find((row) => row.providerId !== null);
	if (agreed) return agreed.providerId;
	return (
		rows.find((row) => row.state === 'requested' && row.wishedProviderId !== null)
			?.wishedProviderId ?? null
	);
}

export async function giveFeedback(
	actor: Actor,
	input: FeedbackInput,
	now: Date = new Date()
): Promise<string> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	return db.transaction(async (tx) => {
		const [repeated] = await tx
			.select({ id: feedback.id })
			.from(feedback)
			.where(
				and(eq(feedback.participantId, participant.id), eq(feedback.requestKey, input.requestKey))
			);
		if (repeated) return repeated.id;
		if (input.bookingId) {
			const [own] = await tx
				.select({ id: booking.id })
				.from(booking)
				.where(and(eq(booking.id, input.bookingId), eq(booking.participantId, participant.id)));
			if (!own) error(404, 'Not Found');
		}
		if (input.talkId) {
			const [own] = await tx
				.select({ id: reflectionTalk.id })
				.from(reflectionTalk)
				.where(
					and(eq(reflectionTalk.id, input.talkId), eq(reflectionTalk.participantId, participant.id))
				);
			if (!own) error(404, 'Not Found');
		}
		const id = crypto.randomUUID();
		await tx.insert(feedback).values({
			id,
			participantId: participant.id,
			providerId: await answeringProvider(tx, participant.id, input.bookingId),
			bookingId: input.bookingId,
			talkId: input.talkId,
			rating: input.rating,
			good: input.good,
			bad: input.bad,
			wish: input.wish,
			lang: writingLanguage(),
			state: 'open',
			requestKey: input.requestKey,
			createdAt: now,
			updatedAt: now
		});
		return id;
	});
}

/** The participant's own feedback with the answers, newest first. */
export async function listOwnFeedback(actor: Actor): Promise<FeedbackView[]> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	return ownRowsWith(participant.id, ownFeedbackRows(db), ownReplyRows(db), withReplies);
}

/** Every page a participant opens shows this count, so the query is built once. */
const unreadRepliesOf = preparedQuery((db) =>
	db
		.select({ unread: count() })
		.from(feedbackReply)
		.innerJoin(feedback, eq(feedbackReply.feedbackId, feedback.id))
		.where(
			and(
				eq(feedback.participantId, sql.placeholder('participantId')),
				isNull(feedbackReply.readByParticipantAt)
			)
		)
		.prepare()
);

/** How many answers the participant has not read yet: the number beside the menu entry. */
export async function unreadReplies(actor: Actor): Promise<number> {
	const participant = requireRole(actor, ['participant']);
	const [row] = await unreadRepliesOf(await getDb()).all({ participantId: participant.id });
	return row?.unread ?? 0;
}

export async function markOwnRepliesRead(actor: Actor, now: Date = new Date()): Promise<void> {
	const participant = requireRole(actor, ['participant']);
	// Mostly there is nothing new: a read then spares every page view the write lock.
	if ((await unreadReplies(participant)) === 0) return;
	const db = await getDb();
	const own = db
		.select({ id: feedback.id })
		.from(feedback)
		.where(eq(feedback.participantId, participant.id));
	await db
		.update(feedbackReply)
		.set({ readByParticipantAt: now })
		.where(and(inArray(feedbackReply.feedbackId, own), isNull(feedbackReply.readByParticipantAt)));
}

export interface InboxQuery {
	q: string;
	state: FeedbackState | null;
	/** The trainer of the booking the feedback is about. */
	trainerId: string | null;
	page: number;
}

/** What a row of the inbox shows, and nothing more: the texts stay on the feedback's own page. */
export interface InboxRow {
	id: string;
	participantName: string;
	createdAt: Date;
	rating: Rating | null;
	state: FeedbackState;
	trainerName: string | null;
}

/**
 * How many rows the inbox holds, joining only what the condition names: the participant for
 * the search, the booking for its trainer. Neither join changes the number otherwise: every
 * feedback has its participant (participant_id is a non-null foreign key), and a booking
 * joined by its id is at most one.
 */
function inboxCount(
	db: Executor,
	where: SQL | undefined,
	needs: { name: boolean; booking: boolean }
) {
	const base = needs.name
		? feedbackWithParticipant(db, { total: count() })
		: db.select({ total: count() }).from(feedback);
	return (needs.booking ? base.leftJoin(booking, eq(feedback.bookingId, booking.id)) : base).where(
		where
	);
}

/** Which inbox query a read needs: built once per kind (preparedQueryByShape). */
interface InboxShape {
	lead: boolean;
	state: boolean;
	trainer: boolean;
	search: boolean;
}

/** Each scope part's count and page, and a lead's two parts merged in order, prepared. */
function inboxQueries(db: Database, shape: InboxShape) {
	const filters = and(
		shape.state ? eq(feedback.state, sql.placeholder('state')) : undefined,
		shape.trainer ? eq(booking.trainerId, sql.placeholder('trainerId')) : undefined,
		shape.search ? nameContainsPattern(user.displayName) : undefined
	);
	const needs = { name: shape.search, booking: !shape.lead || shape.trainer };
	const part = (where: SQL) =>
		feedbackWithParticipant(db, {
			id: feedback.id,
			participantName: user.displayName,
			createdAt: feedback.createdAt,
			rating: feedback.rating,
			state: feedback.state,
			trainerName: bookingTrainer.displayName,
			listRank: feedback.listRank
		})
			.leftJoin(booking, eq(feedback.bookingId, booking.id))
			.leftJoin(bookingTrainer, eq(booking.trainerId, bookingTrainer.id))
			.where(and(where, filters));
	const parts = inboxScopeParts(db, shape.lead);
	const [first, second] = parts;
	// By place in the columns above (list_rank, created_at, id): a union's order may name only
	// its result columns.
	const inOrder = sql`7, 3, 1`;
	const window = { limit: sql.placeholder('limit'), offset: sql.placeholder('offset') };
	return {
		counts: parts.map((where) => inboxCount(db, and(where, filters), needs).prepare()),
		page: (second ? part(first!).unionAll(part(second)) : part(first!))
			.orderBy(inOrder)
			.limit(window.limit)
			.offset(window.offset)
			.prepare()
	};
}

const inboxLists = preparedQueryByShape(inboxQueries);

/**
 * Feedback of the provider's own participants, 50 a page: unanswered first, longest waiting
 * first. The order is that of feedback_inbox_idx (list_rank, created_at, id), so SQLite reads
 * one page and sorts nothing. A lead's scope has two parts, their provider's feedback and that
 * of no provider; each is counted on its own and read in index order, and the two are merged
 * (MERGE (UNION ALL)).
 */
export async function feedbackInbox(actor: Actor, query: InboxQuery): Promise<ListPage<InboxRow>> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	if (!staff.providerId) return { rows: [], total: 0, page: 1, pages: 1 };
	const pattern = containsPattern(query.q);
	const queries = inboxLists(await getDb(), {
		lead: staff.role === 'lead',
		state: query.state !== null,
		trainer: query.trainerId !== null,
		search: pattern !== null
	});
	const values = {
		providerId: staff.providerId,
		staffId: staff.id,
		state: query.state ?? '',
		trainerId: query.trainerId ?? '',
		pattern: pattern ?? ''
	};
	const counts = await Promise.all(queries.counts.map((counted) => counted.all(values)));
	const total = counts.reduce((sum, [row]) => sum + (row?.total ?? 0), 0);
	return readPage(total, query.page, async (window) =>
		(await queries.page.all({ ...values, ...window })).map((row) => ({
			id: row.id,
			participantName: row.participantName,
			createdAt: row.createdAt,
			rating: row.rating as Rating | null,
			state: row.state,
			trainerName: row.trainerName
		}))
	);
}

export async function getFeedbackForStaff(actor: Actor, feedbackId: string): Promise<FeedbackView> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	const found = await loadOne(db, feedbackId);
	if (!found || !(await staffMaySee(db, staff, found))) error(404, 'Not Found');
	return found;
}

export type AnswerResult = { ok: true } | { ok: false; reason: 'changed_meanwhile' };

/** Writes an answer ("beantwortet") or closes with what changed ("erledigt"). */
export async function answerFeedback(
	actor: Actor,
	feedbackId: string,
	input: { version: number; text: string; close: boolean },
	now: Date = new Date()
): Promise<AnswerResult> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<AnswerResult> => {
		const found = await loadOne(tx, feedbackId);
		if (!found || !(await staffMaySee(tx, staff, found))) error(404, 'Not Found');
		const state: FeedbackState = input.close
			? 'done'
			: found.state === 'done'
				? 'done'
				: 'answered';
		const updated = await tx
			.update(feedback)
			.set({
				state,
				changeNote: input.close ? input.text : found.changeNote,
				version: found.version + 1,
				updatedAt: now
			})
			.where(and(eq(feedback.id, found.id), eq(feedback.version, input.version)))
			.returning({ id: feedback.id });
		if (updated.length === 0) return { ok: false, reason: 'changed_meanwhile' };
		await tx.insert(feedbackReply).values({
			feedbackId: found.id,
			authorId: staff.id,
			text: input.text,
			lang: writingLanguage(),
			closes: input.close,
			createdAt: now
		});
		return { ok: true };
	});
}

export type TalkResult = { ok: true; talkId: string } | { ok: false; reason: TalkDateProblem };

/** Staff record a reflection talk on a booking they document, and when the next one is. */
export async function recordTalk(
	actor: Actor,
	bookingId: string,
	input: { heldOn: IsoDate; nextOn: IsoDate | null; summary?: string | null },
	now: Date = new Date()
): Promise<TalkResult> {
	return writeOnBooking(
		actor,
		bookingId,
		documentableBooking,
		async (tx, found): Promise<TalkResult> => {
			const { staff } = found;
			const problem = talkDateProblem(input.heldOn, input.nextOn, berlinDate(now));
			if (problem) return { ok: false, reason: problem };
			const id = crypto.randomUUID();
			await tx.insert(reflectionTalk).values({
				id,
				participantId: found.participantId,
				bookingId: found.id,
				heldOn: input.heldOn,
				nextOn: input.nextOn,
				summary: input.summary || null,
				recordedBy: staff.id,
				createdAt: now
			});
			return { ok: true, talkId: id };
		}
	);
}

/** One correction of a talk: each value before and after, who, when and why. */
export interface TalkChangeView {
	at: Date;
	actorName: string;
	reason: string;
	fromHeldOn: IsoDate;
	toHeldOn: IsoDate;
	fromNextOn: IsoDate | null;
	toNextOn: IsoDate | null;
	fromSummary: string | null;
	toSummary: string | null;
}

export interface TalkView {
	id: string;
	bookingId: string;
	moduleCode: string;
	heldOn: IsoDate;
	nextOn: IsoDate | null;
	summary: string | null;
	version: number;
	recordedByName: string;
	recordedAt: Date;
	/** Every correction, oldest first; the talk's values are the newest version. */
	changes: TalkChangeView[];
}

/** What a talk shows, the same for staff and for the participant. */
const talkColumns = {
	id: reflectionTalk.id,
	bookingId: reflectionTalk.bookingId,
	moduleCode: booking.moduleCode,
	heldOn: reflectionTalk.heldOn,
	nextOn: reflectionTalk.nextOn,
	summary: reflectionTalk.summary,
	version: reflectionTalk.version,
	recordedByName: user.displayName,
	recordedAt: reflectionTalk.createdAt
};

function talkRows(db: Executor) {
	return db
		.select(talkColumns)
		.from(reflectionTalk)
		.innerJoin(booking, eq(reflectionTalk.bookingId, booking.id))
		.innerJoin(user, eq(reflectionTalk.recordedBy, user.id));
}

const talkOrder = [desc(reflectionTalk.heldOn), desc(reflectionTalk.createdAt)];

function changeRows(db: Executor) {
	return db
		.select({
			talkId: reflectionTalkChange.talkId,
			at: reflectionTalkChange.at,
			actorName: user.displayName,
			reason: reflectionTalkChange.reason,
			fromHeldOn: reflectionTalkChange.fromHeldOn,
			toHeldOn: reflectionTalkChange.toHeldOn,
			fromNextOn: reflectionTalkChange.fromNextOn,
			toNextOn: reflectionTalkChange.toNextOn,
			fromSummary: reflectionTalkChange.fromSummary,
			toSummary: reflectionTalkChange.toSummary
		})
		.from(reflectionTalkChange)
		.innerJoin(user, eq(reflectionTalkChange.actorId, user.id));
}

const changeOrder = [asc(reflectionTalkChange.at), asc(reflectionTalkChange.id)];

type TalkRow = Awaited<ReturnType<typeof talkRows>>[number];
type ChangeRow = Awaited<ReturnType<typeof changeRows>>[number];

function withChanges(rows: TalkRow[], changes: ChangeRow[]): TalkView[] {
	return rows.map((row) => ({
		...row,
		changes: changes
			.filter((change) => change.talkId === row.id)
			.map(({ talkId: _, ...change }) => change)
	}));
}

/** Staff's talks (of a booking, or one), with the corrections by the talks' ids. */
async function talksWhere(db: Executor, where: SQL | undefined): Promise<TalkView[]> {
	const rows = await talkRows(db)
		.where(where)
		.orderBy(...talkOrder);
	if (rows.length === 0) return [];
	const changes = await changeRows(db)
		.where(
			inArray(
				reflectionTalkChange.talkId,
				rows.map((row) => row.id)
			)
		)
		.orderBy(...changeOrder);
	return withChanges(rows, changes);
}

export async function talksOfBooking(db: Executor, found: StaffBooking): Promise<TalkView[]> {
	return talksWhere(db, eq(reflectionTalk.bookingId, found.id));
}

/** The feedback page of every participant reads these two, so they are built once. */
const ownTalkRows = preparedQuery((db) =>
	talkRows(db)
		.where(eq(reflectionTalk.participantId, sql.placeholder('participantId')))
		.orderBy(...talkOrder)
		.prepare()
);

/** The corrections of all the participant's talks: by the talk's participant, not a list of ids. */
const ownChangeRows = preparedQuery((db) =>
	changeRows(db)
		.innerJoin(reflectionTalk, eq(reflectionTalkChange.talkId, reflectionTalk.id))
		.where(eq(reflectionTalk.participantId, sql.placeholder('participantId')))
		.orderBy(...changeOrder)
		.prepare()
);

/** The participant's talks, newest first: to read, and for tying feedback to one. */
export async function ownTalks(actor: Actor): Promise<TalkView[]> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	return ownRowsWith(participant.id, ownTalkRows(db), ownChangeRows(db), withChanges);
}

/** One talk of a booking (checked with `documentableBooking`), for its correction page. */
export async function talkOfBooking(
	db: Executor,
	found: StaffBooking,
	talkId: string
): Promise<TalkView> {
	const [talk] = await talksWhere(
		db,
		and(eq(reflectionTalk.id, talkId), eq(reflectionTalk.bookingId, found.id))
	);
	if (!talk) error(404, 'Not Found');
	return talk;
}

export type TalkCorrectionResult =
	{ ok: true; talkId: string } | { ok: false; reason: TalkDateProblem | 'changed_meanwhile' };

/**
 * Staff who document the booking correct a recorded talk: its date, the next date or the
 * summary. The talk row takes the new values (feedback about the talk keeps pointing at it);
 * the change row keeps the old ones, who, when and why. Only the version the form was made
 * from may be corrected, so two corrections at once cannot both win.
 */
export async function correctTalk(
	actor: Actor,
	talkId: string,
	input: {
		version: number;
		heldOn: IsoDate;
		nextOn: IsoDate | null;
		summary: string | null;
		reason: string;
	},
	now: Date = new Date()
): Promise<TalkCorrectionResult> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<TalkCorrectionResult> => {
		const [old] = await tx.select().from(reflectionTalk).where(eq(reflectionTalk.id, talkId));
		if (!old) error(404, 'Not Found');
		await documentableBooking(tx, staff, old.bookingId);
		if (old.version !== input.version) return { ok: false, reason: 'changed_meanwhile' };
		const problem = talkDateProblem(input.heldOn, input.nextOn, berlinDate(now));
		if (problem) return { ok: false, reason: problem };
		const summary = input.summary || null;
		if (old.heldOn === input.heldOn && old.nextOn === input.nextOn && old.summary === summary)
			return { ok: true, talkId: old.id };
		const updated = await tx
			.update(reflectionTalk)
			.set({ heldOn: input.heldOn, nextOn: input.nextOn, summary, version: old.version + 1 })
			.where(and(eq(reflectionTalk.id, old.id), eq(reflectionTalk.version, old.version)))
			.returning({ id: reflectionTalk.id });
		if (updated.length === 0) return { ok: false, reason: 'changed_meanwhile' };
		await tx.insert(reflectionTalkChange).values({
			talkId: old.id,
			actorId: staff.id,
			at: now,
			reason: input.reason,
			fromHeldOn: old.heldOn,
			toHeldOn: input.heldOn,
			fromNextOn: old.nextOn,
			toNextOn: input.nextOn,
			fromSummary: old.summary,
			toSummary: summary
		});
		return { ok: true, talkId: old.id };
	});
}

/** The next planned talk from today on, for the start page. */
export async function ownNextTalk(actor: Actor, now: Date = new Date()): Promise<IsoDate | null> {
	const participant = requireRole(actor, ['participant']);
	const [row] = await nextTalkFrom(await getDb()).all({
		participantId: participant.id,
		today: berlinDate(now)
	});
	return row?.nextOn ?? null;
}

/** The start page asks for it on every visit, so it is built once. */
const nextTalkFrom = preparedQuery((db) =>
	db
		.select({ nextOn: reflectionTalk.nextOn })
		.from(reflectionTalk)
		.where(
			and(
				eq(reflectionTalk.participantId, sql.placeholder('participantId')),
				gte(reflectionTalk.nextOn, sql.placeholder('today'))
			)
		)
		.orderBy(asc(reflectionTalk.nextOn))
		.limit(1)
		.prepare()
);

/** Ratings per month for the lead's provider. */
export async function satisfactionForProvider(actor: Actor): Promise<MonthlySatisfaction[]> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return [];
	const db = await getDb();
	const rows = await db
		.select({ createdAt: feedback.createdAt, rating: feedback.rating })
		.from(feedback)
		.where(eq(feedback.providerId, lead.providerId));
	return satisfactionByMonth(
		rows.map((row) => ({ date: berlinDate(row.createdAt), rating: row.rating }))
	);
}
