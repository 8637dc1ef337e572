import { error } from '@sveltejs/kit';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
	isOpenGoal,
	nextOpenGoal,
	openOwnGoalsMax,
	type GoalEventKind,
	type GoalKind,
	type GoalState
} from '$lib/domain/goals';
import { getDb } from '$lib/server/db';
import { ownRowsWith, preparedQuery } from '$lib/server/db/prepared';
import type { Executor } from '$lib/server/db/client';
import { booking, goal, goalEvent, user } from '$lib/server/db/schema';
import { writingLanguage } from '$lib/i18n/written-language';
import { requireRole, staffMaySeeParticipant, type Actor } from '../access';
import {
	documentableBooking,
	participantAccessFacts,
	type StaffBooking,
	writeOnBooking
} from '$lib/server/bookings/service';

export interface GoalHistoryEntry {
	at: Date;
	actorName: string;
	actorRole: Actor['role'];
	kind: GoalEventKind;
	fromState: GoalState | null;
	toState: GoalState | null;
	text: string | null;
	/** Why staff corrected the words (a `text_changed` by staff). */
	reason: string | null;
	/** The language the text and reason were written in. */
	lang: string;
}

export interface GoalView {
	id: string;
	participantId: string;
	bookingId: string | null;
	moduleCode: string | null;
	kind: GoalKind;
	text: string;
	/** The language the text was written in. */
	lang: string;
	state: GoalState;
	version: number;
	createdAt: Date;
	updatedAt: Date;
	history: GoalHistoryEntry[];
	/** The newest progress note, for the overview. */
	latestProgress: GoalHistoryEntry | null;
	/** The newest "So sehe ich das" of the participant. */
	latestOwnView: GoalHistoryEntry | null;
}

/** A goal's events with who wrote them; each view shows them oldest first. */
function eventRows(db: Executor) {
	return db
		.select({
			goalId: goalEvent.goalId,
			at: goalEvent.at,
			actorName: user.displayName,
			actorRole: user.role,
			kind: goalEvent.kind,
			fromState: goalEvent.fromState,
			toState: goalEvent.toState,
			text: goalEvent.text,
			reason: goalEvent.reason,
			lang: goalEvent.lang
		})
		.from(goalEvent)
		.innerJoin(user, eq(goalEvent.actorId, user.id));
}

const eventOrder = [asc(goalEvent.at), asc(goalEvent.id)];

type GoalRow = Omit<GoalView, 'history' | 'latestProgress' | 'latestOwnView'>;
type EventRow = Awaited<ReturnType<typeof eventRows>>[number];

function withEvents(rows: GoalRow[], events: EventRow[]): GoalView[] {
	return rows.map((row) => {
		const history = events
			.filter((event) => event.goalId === row.id)
			.map(({ goalId: _, ...event }) => event);
		const newest = (kind: GoalEventKind) =>
			history.filter((event) => event.kind === kind).at(-1) ?? null;
		return {
			...row,
			history,
			latestProgress: newest('progress'),
			latestOwnView: newest('participant_view')
		};
	});
}

/** Staff's goals (of a booking, or one) with their history, by the goals' ids. */
async function withHistory(db: Executor, rows: GoalRow[]): Promise<GoalView[]> {
	if (rows.length === 0) return [];
	const events = await eventRows(db)
		.where(
			inArray(
				goalEvent.goalId,
				rows.map((row) => row.id)
			)
		)
		.orderBy(...eventOrder);
	return withEvents(rows, events);
}

const goalColumns = {
	id: goal.id,
	participantId: goal.participantId,
	bookingId: goal.bookingId,
	moduleCode: booking.moduleCode,
	kind: goal.kind,
	text: goal.text,
	lang: goal.lang,
	state: goal.state,
	version: goal.version,
	createdAt: goal.createdAt,
	updatedAt: goal.updatedAt
};

function selectGoals(db: Executor) {
	return db.select(goalColumns).from(goal).leftJoin(booking, eq(goal.bookingId, booking.id));
}

/** The goals page of every participant reads these two, so they are built once. */
const ownGoalRows = preparedQuery((db) =>
	selectGoals(db)
		.where(eq(goal.participantId, sql.placeholder('participantId')))
		.orderBy(asc(goal.createdAt))
		.prepare()
);

/** The events of all the participant's goals: by the goal's owner, not a list of ids. */
const ownEventRows = preparedQuery((db) =>
	eventRows(db)
		.innerJoin(goal, eq(goalEvent.goalId, goal.id))
		.where(eq(goal.participantId, sql.placeholder('participantId')))
		.orderBy(...eventOrder)
		.prepare()
);

/** The participant's own goals, agreed and personal, each with its whole history. */
export async function listOwnGoals(actor: Actor): Promise<GoalView[]> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	return ownRowsWith(participant.id, ownGoalRows(db), ownEventRows(db), withEvents);
}

const ownGoalStates = preparedQuery((db) =>
	db
		.select({ text: goal.text, lang: goal.lang, state: goal.state, createdAt: goal.createdAt })
		.from(goal)
		.where(eq(goal.participantId, sql.placeholder('participantId')))
		.prepare()
);

/**
 * The goal the start page names next (nextOpenGoal): the goals' words and states only, without
 * their history, which only the goals page shows.
 */
export async function ownNextOpenGoal(
	actor: Actor
): Promise<{ text: string; lang: string } | null> {
	const participant = requireRole(actor, ['participant']);
	const next = nextOpenGoal(
		await ownGoalStates(await getDb()).all({ participantId: participant.id })
	);
	return next ? { text: next.text, lang: next.lang } : null;
}

async function record(
	tx: Executor,
	goalId: string,
	actorId: string,
	now: Date,
	event: {
		kind: GoalEventKind;
		fromState?: GoalState | null;
		toState?: GoalState | null;
		text?: string | null;
		reason?: string | null;
	}
): Promise<void> {
	await tx.insert(goalEvent).values({
		goalId,
		actorId,
		at: now,
		kind: event.kind,
		fromState: event.fromState ?? null,
		toState: event.toState ?? null,
		text: event.text ?? null,
		reason: event.reason ?? null,
		lang: writingLanguage()
	});
}

async function createGoal(
	tx: Executor,
	actor: Actor,
	values: { participantId: string; bookingId: string | null; kind: GoalKind; text: string },
	now: Date
): Promise<string> {
	const id = crypto.randomUUID();
	await tx.insert(goal).values({
		id,
		...values,
		lang: writingLanguage(),
		state: 'not_started',
		createdAt: now,
		updatedAt: now
	});
	await record(tx, id, actor.id, now, {
		kind: 'created',
		toState: 'not_started',
		text: values.text
	});
	return id;
}

export type GoalResult = { ok: true; goalId: string } | { ok: false; reason: 'changed_meanwhile' };
export type OwnGoalResult = GoalResult | { ok: false; reason: 'too_many_open' };

/**
 * Writes one of the participant's personal goals ("Mein Ziel"): a new one (`goalId` null), or
 * new words for one. A person may have several; a new one is refused while `openOwnGoalsMax`
 * are open.
 */
export async function saveOwnPersonalGoal(
	actor: Actor,
	input: { goalId: string | null; text: string; version?: number },
	now: Date = new Date()
): Promise<OwnGoalResult> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<OwnGoalResult> => {
		if (!input.goalId) {
			const own = await tx
				.select({ state: goal.state })
				.from(goal)
				.where(and(eq(goal.participantId, participant.id), eq(goal.kind, 'personal')));
			if (own.filter((row) => isOpenGoal(row.state)).length >= openOwnGoalsMax)
				return { ok: false, reason: 'too_many_open' };
			const goalId = await createGoal(
				tx,
				participant,
				{ participantId: participant.id, bookingId: null, kind: 'personal', text: input.text },
				now
			);
			return { ok: true, goalId };
		}
		const [found] = await tx.select().from(goal).where(eq(goal.id, input.goalId));
		if (!found || found.participantId !== participant.id || found.kind !== 'personal')
			error(404, 'Not Found');
		if (found.text === input.text) return { ok: true, goalId: found.id };
		const updated = await tx
			.update(goal)
			.set({
				text: input.text,
				lang: writingLanguage(),
				version: found.version + 1,
				updatedAt: now
			})
			.where(and(eq(goal.id, found.id), eq(goal.version, input.version ?? found.version)))
			.returning({ id: goal.id });
		if (updated.length === 0) return { ok: false, reason: 'changed_meanwhile' };
		await record(tx, found.id, participant.id, now, { kind: 'text_changed', text: input.text });
		return { ok: true, goalId: found.id };
	});
}

/** A write on one of the participant's own goals, checked inside its transaction; 404 for anybody else's. */
async function writeOnOwnGoal(
	actor: Actor,
	goalId: string,
	write: (tx: Executor, found: typeof goal.$inferSelect, participant: Actor) => Promise<void>
): Promise<void> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	await db.transaction(async (tx) => {
		const [found] = await tx.select().from(goal).where(eq(goal.id, goalId));
		if (!found || found.participantId !== participant.id) error(404, 'Not Found');
		await write(tx, found, participant);
	});
}

/** The participant says how they see a goal ("So sehe ich das"). */
export async function addOwnView(
	actor: Actor,
	goalId: string,
	text: string,
	now: Date = new Date()
): Promise<void> {
	await writeOnOwnGoal(actor, goalId, (tx, found, participant) =>
		record(tx, found.id, participant.id, now, { kind: 'participant_view', text })
	);
}

/** The participant moves their own personal goal along. */
export async function setOwnPersonalGoalState(
	actor: Actor,
	goalId: string,
	state: GoalState,
	now: Date = new Date()
): Promise<void> {
	await writeOnOwnGoal(actor, goalId, async (tx, found, participant) => {
		if (found.kind !== 'personal') error(404, 'Not Found');
		if (found.state === state) return;
		await tx
			.update(goal)
			.set({ state, version: found.version + 1, updatedAt: now })
			.where(eq(goal.id, found.id));
		await record(tx, found.id, participant.id, now, {
			kind: 'state_changed',
			fromState: found.state,
			toState: state
		});
	});
}

/** Staff: the agreed goals of a booking, and the participant's personal goals to read. */
export async function goalsOfBooking(
	db: Executor,
	found: StaffBooking
): Promise<{ agreed: GoalView[]; personal: GoalView[] }> {
	const { staff } = found;
	const agreed = await withHistory(
		db,
		await selectGoals(db).where(eq(goal.bookingId, found.id)).orderBy(asc(goal.createdAt))
	);
	// "Mein Ziel" is the participant's own: only for the staff who work with them, not for a
	// lead who only decides on a request.
	const worksWithParticipant = staffMaySeeParticipant(
		staff,
		await participantAccessFacts(db, found.participantId)
	);
	const personal = worksWithParticipant
		? await withHistory(
				db,
				await selectGoals(db)
					.where(and(eq(goal.participantId, found.participantId), isNull(goal.bookingId)))
					.orderBy(desc(goal.createdAt))
			)
		: [];
	return { agreed, personal };
}

/** A trainer writes an agreed goal, together with the participant, on a booking they document. */
export async function addAgreedGoal(
	actor: Actor,
	bookingId: string,
	text: string,
	now: Date = new Date()
): Promise<string> {
	return writeOnBooking(actor, bookingId, documentableBooking, async (tx, found) => {
		const { staff } = found;
		return createGoal(
			tx,
			staff,
			{ participantId: found.participantId, bookingId: found.id, kind: 'agreed', text },
			now
		);
	});
}

/**
 * A change to an agreed goal by staff who may document its booking (else 404), in one write:
 * refused when someone changed the goal since `version` was read.
 */
async function changeAgreedGoal(
	actor: Actor,
	goalId: string,
	version: number,
	change: (tx: Executor, found: typeof goal.$inferSelect, staff: Actor) => Promise<GoalResult>
): Promise<GoalResult> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<GoalResult> => {
		const [found] = await tx.select().from(goal).where(eq(goal.id, goalId));
		if (!found || !found.bookingId) error(404, 'Not Found');
		await documentableBooking(tx, staff, found.bookingId);
		if (found.version !== version) return { ok: false, reason: 'changed_meanwhile' };
		return change(tx, found, staff);
	});
}

/** A trainer records progress on an agreed goal and, if it changed, its new state. */
export async function updateAgreedGoal(
	actor: Actor,
	goalId: string,
	input: { version: number; state: GoalState; progress: string | null },
	now: Date = new Date()
): Promise<GoalResult> {
	return changeAgreedGoal(actor, goalId, input.version, async (tx, found, staff) => {
		if (input.state !== found.state) {
			await tx
				.update(goal)
				.set({ state: input.state, version: found.version + 1, updatedAt: now })
				.where(eq(goal.id, found.id));
			await record(tx, found.id, staff.id, now, {
				kind: 'state_changed',
				fromState: found.state,
				toState: input.state
			});
		}
		if (input.progress)
			await record(tx, found.id, staff.id, now, { kind: 'progress', text: input.progress });
		return { ok: true, goalId: found.id };
	});
}

/**
 * Staff correct the words of an agreed goal (a typing error, words agreed anew). The old words
 * stay in the goal's history; the correction names who, when and why. Only the version the
 * form was made from may be corrected.
 */
export async function correctAgreedGoalText(
	actor: Actor,
	goalId: string,
	input: { version: number; text: string; reason: string },
	now: Date = new Date()
): Promise<GoalResult> {
	return changeAgreedGoal(actor, goalId, input.version, async (tx, found, staff) => {
		if (found.text === input.text) return { ok: true, goalId: found.id };
		const updated = await tx
			.update(goal)
			.set({ text: input.text, version: found.version + 1, updatedAt: now })
			.where(and(eq(goal.id, found.id), eq(goal.version, found.version)))
			.returning({ id: goal.id });
		if (updated.length === 0) return { ok: false, reason: 'changed_meanwhile' };
		await record(tx, found.id, staff.id, now, {
			kind: 'text_changed',
			text: input.text,
			reason: input.reason
		});
		return { ok: true, goalId: found.id };
	});
}

/** One agreed goal of a booking (checked with `documentableBooking`), for its correction page. */
export async function agreedGoalOfBooking(
	db: Executor,
	found: StaffBooking,
	goalId: string
): Promise<GoalView> {
	const [row] = await selectGoals(db).where(and(eq(goal.id, goalId), eq(goal.bookingId, found.id)));
	if (!row) error(404, 'Not Found');
	const [view] = await withHistory(db, [row]);
	return view!;
}
