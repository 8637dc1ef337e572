import { error } from '@sveltejs/kit';
import {
	and,
	asc,
	count,
	desc,
	eq,
	inArray,
	isNotNull,
	isNull,
	ne,
	notExists,
	or,
	sql
} from 'drizzle-orm';
import { agreedStates } from '$lib/domain/bookings';
import { containsPattern, type ListPage } from '$lib/domain/paging';
import {
	keptIcfLines,
	missingReportParts,
	type GoalAttainment,
	type MissingPart,
	reportListOrder,
	type ReportContent,
	type ReportListState,
	type ReportState
} from '$lib/domain/documents';
import type { GoalState } from '$lib/domain/goals';
import type { IcfRating } from '$lib/domain/icf';
import { getDb } from '$lib/server/db';
import type { Database, Executor } from '$lib/server/db/client';
import { displayNameOrder, nameContainsPattern, rankOf, readPage } from '$lib/server/db/lists';
import { preparedQuery, preparedQueryByShape } from '$lib/server/db/prepared';
import { booking, finalReport, goal, provider, reportListEntry, user } from '$lib/server/db/schema';
import { alias } from 'drizzle-orm/sqlite-core';
import { mayFinaliseReport, requireRole, staffMaySeeParticipant, type Actor } from '../access';
import { recordAccess } from '$lib/server/documents/audit';
import { participantAccessFacts } from '$lib/server/bookings/service';

export interface ReportView extends ReportContent {
	id: string;
	participantId: string;
	participantName: string;
	providerId: string;
	providerName: string;
	version: number;
	state: ReportState;
	participantComment: string | null;
	participantCommentAt: Date | null;
	authorName: string;
	finalisedByName: string | null;
	finalisedAt: Date | null;
	revision: number;
	createdAt: Date;
	updatedAt: Date;
}

const participantUser = alias(user, 'participant_user');
const author = alias(user, 'author_user');
const finaliser = alias(user, 'finaliser_user');

/** What every view of a report reads: its parts, whose it is, who wrote and who finalised it. */
const reportColumns = {
	id: finalReport.id,
	participantId: finalReport.participantId,
	participantName: participantUser.displayName,
	providerId: finalReport.providerId,
	providerName: provider.name,
	version: finalReport.version,
	state: finalReport.state,
	startingSituation: finalReport.startingSituation,
	course: finalReport.course,
	goals: finalReport.goals,
	icf: finalReport.icf,
	recommendation: finalReport.recommendation,
	participantComment: finalReport.participantComment,
	participantCommentAt: finalReport.participantCommentAt,
	authorName: author.displayName,
	finalisedByName: finaliser.displayName,
	finalisedAt: finalReport.finalisedAt,
	revision: finalReport.revision,
	createdAt: finalReport.createdAt,
	updatedAt: finalReport.updatedAt
};

function selectReports(db: Executor) {
	return db
		.select(reportColumns)
		.from(finalReport)
		.innerJoin(participantUser, eq(finalReport.participantId, participantUser.id))
		.innerJoin(provider, eq(finalReport.providerId, provider.id))
		.innerJoin(author, eq(finalReport.createdBy, author.id))
		.leftJoin(finaliser, eq(finalReport.finalisedBy, finaliser.id));
}

/** Every version the participant may read: all final ones and the draft being written. */
export async function reportsOfParticipant(
	db: Executor,
	participantId: string
): Promise<ReportView[]> {
	return selectReports(db)
		.where(eq(finalReport.participantId, participantId))
		.orderBy(desc(finalReport.version));
}

export async function ownReports(actor: Actor): Promise<ReportView[]> {
	const participant = requireRole(actor, ['participant']);
	return reportsOfParticipant(await getDb(), participant.id);
}

/** The documents pages ask on every visit, so this is built once. */
const reportStatesOf = preparedQuery((db) =>
	db
		.select({ state: finalReport.state })
		.from(finalReport)
		.where(eq(finalReport.participantId, sql.placeholder('participantId')))
		.orderBy(desc(finalReport.version))
		.prepare()
);

/** The states of the participant's report versions, newest first, without their texts. */
export async function ownReportStates(actor: Actor): Promise<ReportState[]> {
	const participant = requireRole(actor, ['participant']);
	const rows = await reportStatesOf(await getDb()).all({ participantId: participant.id });
	return rows.map((row) => row.state);
}

/** The participant's own report version; 404 for anyone else's id. */
export async function ownReport(actor: Actor, reportId: string): Promise<ReportView> {
	const participant = requireRole(actor, ['participant']);
	const [found] = await selectReports(await getDb()).where(
		and(eq(finalReport.id, reportId), eq(finalReport.participantId, participant.id))
	);
	if (!found) error(404, 'Not Found');
	return found;
}

/** The newest final version, which the report PDF shows; null before the first is final. */
export async function latestFinalReport(
	db: Executor,
	participantId: string
): Promise<ReportView | null> {
	const [found] = await selectReports(db)
		.where(and(eq(finalReport.participantId, participantId), eq(finalReport.state, 'final')))
		.orderBy(desc(finalReport.version))
		.limit(1);
	return found ?? null;
}

export type CommentResult = { ok: true } | { ok: false; reason: 'already_final' };

/** The participant adds their view to a draft; it is kept and printed in the report. */
export async function commentOnOwnReport(
	actor: Actor,
	reportId: string,
	comment: string,
	now: Date = new Date()
): Promise<CommentResult> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<CommentResult> => {
		const [found] = await tx
			.select()
			.from(finalReport)
			.where(and(eq(finalReport.id, reportId), eq(finalReport.participantId, participant.id)));
		if (!found) error(404, 'Not Found');
		if (found.state !== 'draft') return { ok: false, reason: 'already_final' };
		await tx
			.update(finalReport)
			.set({ participantComment: comment || null, participantCommentAt: comment ? now : null })
			.where(eq(finalReport.id, found.id));
		return { ok: true };
	});
}

// Staff side.

/** The participant, when this staff member works with them; 404 otherwise, like a wrong id. */
async function participantForStaff(
	db: Executor,
	staff: Actor,
	participantId: string
): Promise<{ id: string; displayName: string }> {
	const [person] = await db
		.select({ id: user.id, displayName: user.displayName, role: user.role })
		.from(user)
		.where(eq(user.id, participantId));
	if (
		!person ||
		person.role !== 'participant' ||
		!staffMaySeeParticipant(staff, await participantAccessFacts(db, person.id))
	) {
		error(404, 'Not Found');
	}
	return person;
}

export interface ReportListEntry {
	participantId: string;
	participantName: string;
	latestVersion: number | null;
	latestState: ReportState | null;
}

export interface ReportListQuery {
	q: string;
	state: ReportListState | null;
	page: number;
}

const latestReport = alias(finalReport, 'latest_report');

/** Which query a list read needs: built once per kind (preparedQuery), with placeholders. */
interface ListShape {
	lead: boolean;
	state: boolean;
	search: boolean;
}

const placeholder = (name: string) => sql.placeholder(name);

/**
 * The people a trainer works with (their agreed bookings), and for a lead those they train at
 * another provider without an agreed booking with their own: straight from the bookings, a
 * few rows at most, each with the newest version of the staff member's provider's report.
 * The columns are those of the lead's other part (reportListEntry), for the union.
 */
function trainedPart(db: Database, shape: ListShape) {
	const providerId = placeholder('providerId');
	const workedWith = db
		.select({ id: booking.participantId })
		.from(booking)
		.where(
			and(
				inArray(booking.state, [...agreedStates]),
				eq(booking.trainerId, placeholder('staffId')),
				shape.lead ? or(isNull(booking.providerId), ne(booking.providerId, providerId)) : undefined
			)
		);
	const latestJoin = and(
		eq(latestReport.participantId, user.id),
		eq(latestReport.providerId, providerId),
		sql`${latestReport.version} = (select max(${finalReport.version}) from ${finalReport} where ${finalReport.participantId} = ${user.id} and ${finalReport.providerId} = ${providerId})`
	);
	const listState = sql`coalesce(${latestReport.state}, 'none')`;
	const where = and(
		inArray(user.id, workedWith),
		// Those with an agreed booking with the lead's provider are in the provider's part.
		shape.lead
			? notExists(
					db
						.select({ one: sql`1` })
						.from(reportListEntry)
						.where(
							and(
								eq(reportListEntry.participantId, user.id),
								eq(reportListEntry.providerId, providerId)
							)
						)
				)
			: undefined,
		shape.state ? eq(listState, placeholder('state')) : undefined,
		shape.search ? nameContainsPattern(user.displayName) : undefined
	);
	return {
		count: db.select({ total: count() }).from(user).leftJoin(latestReport, latestJoin).where(where),
		rows: db
			.select({
				participantId: user.id,
				participantName: user.displayName,
				latestVersion: latestReport.version,
				latestState: latestReport.state,
				listRank: rankOf(listState, reportListOrder),
				nameOrder: displayNameOrder
			})
			.from(user)
			.leftJoin(latestReport, latestJoin)
			.where(where)
	};
}

/**
 * A lead's provider's part: report_list_entry (migration 0016, kept by 0017's triggers) holds
 * a row per participant with an agreed booking with the provider, its index the list's order.
 */
function providerPart(db: Database, shape: ListShape) {
	const where = and(
		eq(reportListEntry.providerId, placeholder('providerId')),
		shape.state ? eq(reportListEntry.listRank, placeholder('rank')) : undefined,
		shape.search ? nameContainsPattern(reportListEntry.participantName) : undefined
	);
	return {
		count: db.select({ total: count() }).from(reportListEntry).where(where),
		rows: db
			.select({
				participantId: reportListEntry.participantId,
				participantName: reportListEntry.participantName,
				latestVersion: reportListEntry.latestVersion,
				latestState: reportListEntry.latestState,
				listRank: sql<number>`${reportListEntry.listRank}`,
				nameOrder: reportListEntry.participantNameOrder
			})
			.from(reportListEntry)
			.where(where)
	};
}

/**
 * Each part's count and page, and both parts merged in order, as prepared statements. Each
 * statement builds its parts anew: a query builder keeps the order and limit given to it.
 */
function listQueries(db: Database, shape: ListShape) {
	// By place in the columns (list_rank, the name in phone-book order, the name, participant
	// id): a union's order may name only its result columns.
	const inOrder = sql`5, 6, 2, 1`;
	const limit = placeholder('limit');
	const offset = placeholder('offset');
	return {
		trainedCount: trainedPart(db, shape).count.prepare(),
		trainedPage: trainedPart(db, shape).rows.orderBy(inOrder).limit(limit).offset(offset).prepare(),
		providerCount: providerPart(db, shape).count.prepare(),
		providerPage: providerPart(db, shape)
			.rows.orderBy(inOrder)
			.limit(limit)
			.offset(offset)
			.prepare(),
		mergedPage: providerPart(db, shape)
			.rows.unionAll(trainedPart(db, shape).rows)
			.orderBy(inOrder)
			.limit(limit)
			.offset(offset)
			.prepare()
	};
}

const queriesFor = preparedQueryByShape(listQueries);

/** The list read for this staff member and query: its prepared queries and their values. */
function listRead(staff: Actor & { providerId: string }, query: Omit<ReportListQuery, 'page'>) {
	const pattern = containsPattern(query.q);
	return {
		shape: { lead: staff.role === 'lead', state: query.state !== null, search: pattern !== null },
		values: {
			providerId: staff.providerId,
			staffId: staff.id,
			state: query.state ?? '',
			rank: query.state ? reportListOrder.indexOf(query.state) : -1,
			pattern: pattern ?? ''
		}
	};
}

/** How many people the staff member's report list holds for this search and filter. */
export async function reportListCount(
	actor: Actor,
	query: Omit<ReportListQuery, 'page'>
): Promise<{ total: number }> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	if (!staff.providerId) return { total: 0 };
	const read = listRead({ ...staff, providerId: staff.providerId }, query);
	const counts = await partCounts(queriesFor(await getDb(), read.shape), read);
	return { total: counts.provider + counts.trained };
}

/** The rows of each part; the lead's provider part is 0 for a trainer. */
async function partCounts(
	queries: ReturnType<typeof listQueries>,
	read: ReturnType<typeof listRead>
): Promise<{ provider: number; trained: number }> {
	const [provider, trained] = await Promise.all([
		read.shape.lead ? queries.providerCount.all(read.values) : [{ total: 0 }],
		queries.trainedCount.all(read.values)
	]);
	return { provider: provider[0]?.total ?? 0, trained: trained[0]?.total ?? 0 };
}

/**
 * Staff: the participants they work with, 50 a page, and how far each one's report with their
 * provider is; drafts first (reportListOrder), then by name and id. "Work with" is the rule of
 * staffMaySeeParticipant in access.ts, as SQL: an agreed booking with the lead's provider or
 * trained by this person. A lead's list reads one page in the order of
 * report_list_entry_list_idx; those they train elsewhere (usually nobody) are merged in
 * (MERGE (UNION ALL)) when there are any. A trainer's (about a hundred people) is read from
 * their bookings and sorted.
 */
export async function reportOverview(
	actor: Actor,
	query: ReportListQuery
): Promise<ListPage<ReportListEntry>> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	if (!staff.providerId) return { rows: [], total: 0, page: 1, pages: 1 };
	const read = listRead({ ...staff, providerId: staff.providerId }, query);
	const queries = queriesFor(await getDb(), read.shape);
	const counts = await partCounts(queries, read);
	return readPage(counts.provider + counts.trained, query.page, async (window) => {
		const values = { ...read.values, ...window };
		const rows = await (
			counts.provider === 0
				? queries.trainedPage
				: counts.trained === 0
					? queries.providerPage
					: queries.mergedPage
		).all(values);
		return rows.map((row) => ({
			participantId: row.participantId,
			participantName: row.participantName,
			latestVersion: row.latestVersion,
			latestState: row.latestState
		}));
	});
}

export interface AgreedGoal {
	id: string;
	text: string;
	state: GoalState;
	moduleCode: string;
}

export interface ReportWorkspace {
	participant: { id: string; displayName: string };
	/** Newest first. */
	versions: ReportView[];
	/** The agreed goals with this provider: the report says how each one went. */
	goals: AgreedGoal[];
	mayFinalise: boolean;
}

async function agreedGoalsWithProvider(
	db: Executor,
	participantId: string,
	providerId: string
): Promise<AgreedGoal[]> {
	return db
		.select({ id: goal.id, text: goal.text, state: goal.state, moduleCode: booking.moduleCode })
		.from(goal)
		.innerJoin(booking, eq(goal.bookingId, booking.id))
		.where(
			and(
				eq(goal.participantId, participantId),
				eq(booking.providerId, providerId),
				isNotNull(goal.bookingId)
			)
		)
		.orderBy(asc(goal.createdAt));
}

/** Staff open a participant's report; the visit goes into the participant's access log. */
export async function reportWorkspace(
	actor: Actor,
	participantId: string,
	now: Date = new Date()
): Promise<ReportWorkspace> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	const person = await participantForStaff(db, staff, participantId);
	await recordAccess(
		db,
		{ participantId: person.id, actorId: staff.id, action: 'viewed', document: 'report' },
		now
	);
	const versions = await selectReports(db)
		.where(
			and(
				eq(finalReport.participantId, person.id),
				eq(finalReport.providerId, staff.providerId ?? '')
			)
		)
		.orderBy(desc(finalReport.version));
	return {
		participant: person,
		versions,
		goals: await agreedGoalsWithProvider(db, person.id, staff.providerId ?? ''),
		mayFinalise: mayFinaliseReport(staff)
	};
}

/** The newest version of the report a provider writes for a participant. */
async function latestVersion(db: Executor, participantId: string, providerId: string) {
	const [latest] = await db
		.select()
		.from(finalReport)
		.where(
			and(eq(finalReport.participantId, participantId), eq(finalReport.providerId, providerId))
		)
		.orderBy(desc(finalReport.version))
		.limit(1);
	return latest;
}

export interface DraftInput {
	/** The revision the form was loaded with; null when no report exists yet. */
	revision: number | null;
	startingSituation: string;
	course: string;
	/** Words on how each agreed goal went, by goal id. */
	goalTexts: Record<string, string>;
	icf: IcfRating[];
	recommendation: string;
}

export type DraftResult =
	| { ok: true; reportId: string; revision: number }
	| { ok: false; reason: 'changed_meanwhile' | 'already_final' };

/** Snapshots the goals as they stand now, so the report keeps the words it was written about. */
function attainments(goals: AgreedGoal[], texts: Record<string, string>): GoalAttainment[] {
	return goals.map((entry) => ({
		goalId: entry.id,
		goalText: entry.text,
		goalState: entry.state,
		text: texts[entry.id]?.trim() ?? ''
	}));
}

/** Saves the draft, starting version 1 when there is none yet. */
export async function saveDraft(
	actor: Actor,
	participantId: string,
	input: DraftInput,
	now: Date = new Date()
): Promise<DraftResult> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const providerId = staff.providerId ?? '';
	const db = await getDb();
	return db.transaction(async (tx): Promise<DraftResult> => {
		const person = await participantForStaff(tx, staff, participantId);
		const content = {
			startingSituation: input.startingSituation.trim(),
			course: input.course.trim(),
			goals: attainments(await agreedGoalsWithProvider(tx, person.id, providerId), input.goalTexts),
			icf: keptIcfLines(input.icf),
			recommendation: input.recommendation.trim()
		};
		const latest = await latestVersion(tx, person.id, providerId);
		if (!latest) {
			if (input.revision !== null) return { ok: false, reason: 'changed_meanwhile' };
			const id = crypto.randomUUID();
			await tx.insert(finalReport).values({
				id,
				participantId: person.id,
				providerId,
				version: 1,
				state: 'draft',
				...content,
				createdBy: staff.id,
				updatedBy: staff.id,
				createdAt: now,
				updatedAt: now
			});
			return { ok: true, reportId: id, revision: 1 };
		}
		if (latest.state === 'final') return { ok: false, reason: 'already_final' };
		if (latest.revision !== input.revision) return { ok: false, reason: 'changed_meanwhile' };
		await tx
			.update(finalReport)
			.set({ ...content, updatedBy: staff.id, updatedAt: now, revision: latest.revision + 1 })
			.where(eq(finalReport.id, latest.id));
		return { ok: true, reportId: latest.id, revision: latest.revision + 1 };
	});
}

export type FinaliseResult =
	| { ok: true; reportId: string }
	| { ok: false; reason: 'changed_meanwhile' | 'no_draft' }
	| { ok: false; reason: 'incomplete'; missing: MissingPart[] };

/** A lead makes the draft final, when nothing required is empty. From then on it never changes. */
export async function finaliseReport(
	actor: Actor,
	participantId: string,
	revision: number,
	now: Date = new Date()
): Promise<FinaliseResult> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<FinaliseResult> => {
		const person = await participantForStaff(tx, lead, participantId);
		const latest = await latestVersion(tx, person.id, lead.providerId ?? '');
		if (!latest || latest.state !== 'draft') return { ok: false, reason: 'no_draft' };
		if (latest.revision !== revision) return { ok: false, reason: 'changed_meanwhile' };
		const missing = missingReportParts(latest);
		if (missing.length > 0) return { ok: false, reason: 'incomplete', missing };
		await tx
			.update(finalReport)
			.set({
				state: 'final',
				finalisedBy: lead.id,
				finalisedAt: now,
				updatedAt: now,
				revision: latest.revision + 1
			})
			.where(and(eq(finalReport.id, latest.id), eq(finalReport.state, 'draft')));
		return { ok: true, reportId: latest.id };
	});
}

/** A correction of a final report starts the next version as a draft with the same content. */
export async function startCorrection(
	actor: Actor,
	participantId: string,
	now: Date = new Date()
): Promise<DraftResult> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<DraftResult> => {
		const person = await participantForStaff(tx, staff, participantId);
		const latest = await latestVersion(tx, person.id, staff.providerId ?? '');
		if (!latest || latest.state !== 'final') return { ok: false, reason: 'changed_meanwhile' };
		const id = crypto.randomUUID();
		await tx.insert(finalReport).values({
			id,
			participantId: latest.participantId,
			providerId: latest.providerId,
			version: latest.version + 1,
			state: 'draft',
			startingSituation: latest.startingSituation,
			course: latest.course,
			goals: latest.goals,
			icf: latest.icf,
			recommendation: latest.recommendation,
			createdBy: staff.id,
			updatedBy: staff.id,
			createdAt: now,
			updatedAt: now
		});
		return { ok: true, reportId: id, revision: 1 };
	});
}

/** The final version a share link was made for. */
export async function reportOfLink(link: {
	participantId: string;
	reportId: string | null;
}): Promise<ReportView> {
	const [found] = link.reportId
		? await selectReports(await getDb()).where(
				and(
					eq(finalReport.id, link.reportId),
					eq(finalReport.participantId, link.participantId),
					eq(finalReport.state, 'final')
				)
			)
		: [];
	if (!found) error(404, 'Not Found');
	return found;
}
