import { error } from '@sveltejs/kit';
import { and, asc, count, desc, eq, gte, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { berlinDate, type IsoDate } from '$lib/domain/dates';
import {
	inboxOrder,
	satisfactionByMonth,
	talkDateProblem,
	type FeedbackState,
	type MonthlySatisfaction,
	type Rating,
	type TalkDateProblem
} from '$lib/domain/feedback';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { booking, feedback, feedbackReply, reflectionTalk, user } from '$lib/server/db/schema';
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
function trainedBy(db: Executor, trainerId: string) {
	return db
		.select({ id: booking.participantId })
		.from(booking)
		.where(eq(booking.trainerId, trainerId));
}

/** The same rule as staffMaySeeFeedback in access.ts, as a condition for the inbox query. */
function inboxScope(db: Executor, staff: Actor & { providerId: string }): SQL | undefined {
	if (staff.role === 'lead')
		return or(eq(feedback.providerId, staff.providerId), isNull(feedback.providerId));
	return and(
		eq(feedback.providerId, staff.providerId),
		or(
			eq(booking.trainerId, staff.id),
			and(isNull(feedback.bookingId), inArray(feedback.participantId, trainedBy(db, staff.id)))
		)
	);
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

async function load(db: Executor, where: SQL | undefined): Promise<FeedbackView[]> {
	const rows = await db
		.select({
			id: feedback.id,
			participantId: feedback.participantId,
			participantName: user.displayName,
			providerId: feedback.providerId,
			bookingId: feedback.bookingId,
			moduleCode: booking.moduleCode,
			trainerId: booking.trainerId,
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
		.from(feedback)
		.innerJoin(user, eq(feedback.participantId, user.id))
		.leftJoin(booking, eq(feedback.bookingId, booking.id))
		.leftJoin(reflectionTalk, eq(feedback.talkId, reflectionTalk.id))
		.where(where)
		.orderBy(desc(feedback.createdAt));
	if (rows.length === 0) return [];
	const replies = await db
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
		.innerJoin(user, eq(feedbackReply.authorId, user.id))
		.where(
			inArray(
				feedbackReply.feedbackId,
				rows.map((row) => row.id)
			)
		)
		.orderBy(asc(feedbackReply.createdAt), asc(feedbackReply.id));
	const trainerIds = [
		...new Set(rows.map((row) => row.trainerId).filter((id): id is string => id !== null))
	];
	const trainers = trainerIds.length
		? await db
				.select({ id: user.id, name: user.displayName })
				.from(user)
				.where(inArray(user.id, trainerIds))
		: [];
	return rows.map((row) => ({
		...row,
		rating: row.rating as Rating | null,
		trainerName: trainers.find((trainer) => trainer.id === row.trainerId)?.name ?? null,
		replies: replies
			.filter((reply) => reply.feedbackId === row.id)
			.map(({ feedbackId: _, readAt, ...reply }) => ({ ...reply, isNew: readAt === null }))
	}));
}

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
	return load(await getDb(), eq(feedback.participantId, participant.id));
}

/** How many answers the participant has not read yet: the number beside the menu entry. */
export async function unreadReplies(actor: Actor): Promise<number> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	const [row] = await db
		.select({ unread: count() })
		.from(feedbackReply)
		.innerJoin(feedback, eq(feedbackReply.feedbackId, feedback.id))
		.where(
			and(eq(feedback.participantId, participant.id), isNull(feedbackReply.readByParticipantAt))
		);
	return row?.unread ?? 0;
}

export async function markOwnRepliesRead(actor: Actor, now: Date = new Date()): Promise<void> {
	const participant = requireRole(actor, ['participant']);
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

export interface InboxFilter {
	state: FeedbackState | null;
	trainerId: string | null;
}

/** Feedback of the provider's own participants: unanswered first, longest waiting first. */
export async function feedbackInbox(actor: Actor, filter: InboxFilter): Promise<FeedbackView[]> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	if (!staff.providerId) return [];
	const db = await getDb();
	const items = await load(
		db,
		and(
			inboxScope(db, { ...staff, providerId: staff.providerId }),
			filter.state ? eq(feedback.state, filter.state) : undefined
		)
	);
	return inboxOrder(
		items.filter((item) => !filter.trainerId || item.trainerId === filter.trainerId)
	);
}

export async function getFeedbackForStaff(actor: Actor, feedbackId: string): Promise<FeedbackView> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	const [found] = await load(db, eq(feedback.id, feedbackId));
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
		const [found] = await load(tx, eq(feedback.id, feedbackId));
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
	input: { heldOn: IsoDate; nextOn: IsoDate | null },
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
				recordedBy: staff.id,
				createdAt: now
			});
			return { ok: true, talkId: id };
		}
	);
}

export interface TalkView {
	id: string;
	bookingId: string;
	heldOn: IsoDate;
	nextOn: IsoDate | null;
}

/** What a talk shows, the same for staff and for the participant. */
const talkColumns = {
	id: reflectionTalk.id,
	bookingId: reflectionTalk.bookingId,
	heldOn: reflectionTalk.heldOn,
	nextOn: reflectionTalk.nextOn
};

export async function talksOfBooking(db: Executor, found: StaffBooking): Promise<TalkView[]> {
	return db
		.select(talkColumns)
		.from(reflectionTalk)
		.where(eq(reflectionTalk.bookingId, found.id))
		.orderBy(desc(reflectionTalk.heldOn));
}

/** The participant's talks, newest first, for tying feedback to one. */
export async function ownTalks(actor: Actor): Promise<TalkView[]> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	return db
		.select(talkColumns)
		.from(reflectionTalk)
		.where(eq(reflectionTalk.participantId, participant.id))
		.orderBy(desc(reflectionTalk.heldOn));
}

/** The next planned talk from today on, for the start page. */
export async function ownNextTalk(actor: Actor, now: Date = new Date()): Promise<IsoDate | null> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	const [row] = await db
		.select({ nextOn: reflectionTalk.nextOn })
		.from(reflectionTalk)
		.where(
			and(
				eq(reflectionTalk.participantId, participant.id),
				gte(reflectionTalk.nextOn, berlinDate(now))
			)
		)
		.orderBy(asc(reflectionTalk.nextOn));
	return row?.nextOn ?? null;
}

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
