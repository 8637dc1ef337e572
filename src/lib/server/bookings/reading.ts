/** Reading bookings: the participant's own, and what staff see of theirs. */
import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { preparedQuery, preparedQueryByShape } from '$lib/server/db/prepared';
import type { Database, Executor } from '$lib/server/db/client';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import { displayNameOrder, nameContainsPattern, readPage } from '$lib/server/db/lists';
import { booking, user } from '$lib/server/db/schema';
import type { BookingState, StaffListState } from '$lib/domain/bookings';
import type { IsoDate, IsoMonth } from '$lib/domain/dates';
import { containsPattern, type ListPage } from '$lib/domain/paging';
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
	trainer,
	wishedProvider,
	type BookingHistoryEntry,
	type BookingView,
	type StaffBooking
} from './queries';

const placeholder = (name: string) => sql.placeholder(name);

/** Most participant pages read these, so the query is built once. */
const ownBookings = preparedQuery((db) =>
	selectBookings(db)
		.where(eq(booking.participantId, sql.placeholder('participantId')))
		.orderBy(desc(booking.createdAt))
		.prepare()
);

/** The participant's own bookings, newest first. */
export async function listOwnBookings(actor: Actor): Promise<BookingView[]> {
	const participantActor = requireRole(actor, ['participant']);
	return ownBookings(await getDb()).all({ participantId: participantActor.id });
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

/** What a row of the staff lists shows of a booking, and nothing more. */
export interface StaffBookingRow {
	id: string;
	participantName: string;
	moduleCode: string;
	state: BookingState;
	plannedStart: IsoDate | null;
	plannedEnd: IsoDate | null;
	trainerName: string | null;
}

export interface RequestRow {
	id: string;
	participantName: string;
	moduleCode: string;
	createdAt: Date;
	wishedStartMonth: IsoMonth | null;
	wishedProviderName: string | null;
}

export interface RequestQuery {
	q: string;
	page: number;
}

/**
 * The same rule as requestConcernsLead in access.ts: open, and wished for this provider (the
 * placeholder `providerId`) or none; with `search`, by the participant's name.
 */
function openRequestsOf(shape: { search: boolean }) {
	return and(
		eq(booking.state, 'requested'),
		or(isNull(booking.wishedProviderId), eq(booking.wishedProviderId, placeholder('providerId'))),
		shape.search ? nameContainsPattern(participantUser.displayName) : undefined
	);
}

/** What every row of a staff booking list starts with: the booking, whose it is, which module. */
const listRowColumns = {
	id: booking.id,
	participantName: participantUser.displayName,
	moduleCode: booking.moduleCode
};

/**
 * Bookings with the name of whose they are: what every staff list reads, and what its search
 * looks at. The columns come from the list; further joins follow.
 */
function bookingsWithParticipant<Columns extends SelectedFields>(db: Executor, columns: Columns) {
	return db
		.select(columns)
		.from(booking)
		.innerJoin(participantUser, eq(booking.participantId, participantUser.id));
}

/** How many bookings match a list's conditions, which may name the participant (the search). */
function countWithParticipant(db: Executor, where: SQL | undefined) {
	return bookingsWithParticipant(db, { total: count() }).where(where);
}

/** Open requests a lead may decide on, 50 a page: longest waiting first. */
export async function openRequestPage(
	actor: Actor,
	query: RequestQuery
): Promise<ListPage<RequestRow>> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return { rows: [], total: 0, page: 1, pages: 1 };
	const pattern = containsPattern(query.q);
	const queries = requestLists(await getDb(), { search: pattern !== null });
	const values = { providerId: lead.providerId, pattern: pattern ?? '' };
	return readPage(queries.count.all(values), query.page, (window) =>
		queries.page.all({ ...values, ...window })
	);
}

/** The requests list's count and page, prepared once with and once without a search. */
const requestLists = preparedQueryByShape((db: Database, shape: { search: boolean }) => ({
	count: countWithParticipant(db, openRequestsOf(shape)).prepare(),
	page: bookingsWithParticipant(db, {
		...listRowColumns,
		createdAt: booking.createdAt,
		wishedStartMonth: booking.wishedStartMonth,
		wishedProviderName: wishedProvider.name
	})
		.leftJoin(wishedProvider, eq(booking.wishedProviderId, wishedProvider.id))
		.where(openRequestsOf(shape))
		.orderBy(asc(booking.createdAt), asc(booking.id))
		.limit(placeholder('limit'))
		.offset(placeholder('offset'))
		.prepare()
}));

/** How many open requests wait for this lead, for the start page. */
export async function countOpenRequests(actor: Actor): Promise<number> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return 0;
	const [row] = await requestLists(await getDb(), { search: false }).count.all({
		providerId: lead.providerId,
		pattern: ''
	});
	return row?.total ?? 0;
}

export interface StaffBookingQuery {
	q: string;
	state: StaffListState | null;
	/** Leads only: the bookings one trainer trains. A trainer's list is their own anyway. */
	trainerId: string | null;
	page: number;
}

/** Which list query a read needs: built once per kind (preparedQueryByShape), with placeholders. */
interface BookingListShape {
	lead: boolean;
	state: boolean;
	trainer: boolean;
	search: boolean;
}

/**
 * A lead's list in two parts that do not overlap, each read in the order of its own index:
 * every booking agreed with their provider, and those the lead trains elsewhere (usually none).
 * A trainer's: the bookings they train. The same rule as staffMaySeeBooking in access.ts,
 * without requests.
 */
function staffBookingsOf(shape: BookingListShape, part: 'provider' | 'trained') {
	const scope =
		part === 'provider'
			? eq(booking.providerId, placeholder('providerId'))
			: shape.lead
				? and(
						eq(booking.trainerId, placeholder('staffId')),
						or(isNull(booking.providerId), ne(booking.providerId, placeholder('providerId')))
					)
				: eq(booking.trainerId, placeholder('staffId'));
	return and(
		scope,
		ne(booking.state, 'requested'),
		shape.state ? eq(booking.state, placeholder('state')) : undefined,
		shape.lead && shape.trainer ? eq(booking.trainerId, placeholder('trainerId')) : undefined,
		shape.search ? nameContainsPattern(booking.participantName) : undefined
	);
}

function bookingListQueries(db: Database, shape: BookingListShape) {
	const part = (which: 'provider' | 'trained') =>
		db
			.select({
				id: booking.id,
				participantName: booking.participantName,
				moduleCode: booking.moduleCode,
				state: booking.state,
				plannedStart: booking.plannedStart,
				plannedEnd: booking.plannedEnd,
				trainerName: trainer.displayName,
				listRank: booking.listRank,
				nameOrder: booking.participantNameOrder
			})
			.from(booking)
			.leftJoin(trainer, eq(booking.trainerId, trainer.id))
			.where(staffBookingsOf(shape, which));
	const counted = (which: 'provider' | 'trained') =>
		db.select({ total: count() }).from(booking).where(staffBookingsOf(shape, which)).prepare();
	// By place in the columns above (list_rank, participant_name_order, participant_name,
	// planned_start, id): a union's order may name only its result columns, and "id" is not one
	// SQLite finds.
	const inOrder = sql`8, 9, 2, 5, 1`;
	const limit = placeholder('limit');
	const offset = placeholder('offset');
	return {
		providerCount: counted('provider'),
		trainedCount: counted('trained'),
		providerPage: part('provider').orderBy(inOrder).limit(limit).offset(offset).prepare(),
		trainedPage: part('trained').orderBy(inOrder).limit(limit).offset(offset).prepare(),
		mergedPage: part('provider')
			.unionAll(part('trained'))
			.orderBy(inOrder)
			.limit(limit)
			.offset(offset)
			.prepare()
	};
}

const bookingLists = preparedQueryByShape(bookingListQueries);

/** The list read for this staff member and query: its prepared queries and their values. */
function bookingListRead(staff: Actor, query: Omit<StaffBookingQuery, 'page'>) {
	const lead = staff.role === 'lead' && staff.providerId !== null;
	const pattern = containsPattern(query.q);
	const shape = {
		lead,
		state: query.state !== null,
		trainer: lead && query.trainerId !== null,
		search: pattern !== null
	};
	return {
		shape,
		values: {
			providerId: staff.providerId ?? '',
			staffId: staff.id,
			state: query.state ?? '',
			trainerId: query.trainerId ?? '',
			pattern: pattern ?? ''
		}
	};
}

/** Each part's rows; a trainer's list is their "trained" part alone. */
async function bookingListCounts(
	queries: ReturnType<typeof bookingListQueries>,
	read: ReturnType<typeof bookingListRead>
): Promise<{ provider: number; trained: number }> {
	const [provider] = read.shape.lead ? await queries.providerCount.all(read.values) : [];
	const [trained] = await queries.trainedCount.all(read.values);
	return { provider: provider?.total ?? 0, trained: trained?.total ?? 0 };
}

/**
 * The staff member's bookings, 50 a page, what needs doing first (staffListOrder), then by name.
 * The order is that of the indexes booking_provider_list_idx and booking_trainer_list_idx
 * (list_rank, the copied participant_name in phone-book order), so SQLite reads one page and
 * sorts nothing; a lead's two parts are merged in order (MERGE (UNION ALL)) only when the
 * second has rows, and the count comes from each part's index.
 */
export async function staffBookingPage(
	actor: Actor,
	query: StaffBookingQuery
): Promise<ListPage<StaffBookingRow>> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const read = bookingListRead(staff, query);
	const queries = bookingLists(await getDb(), read.shape);
	const counts = await bookingListCounts(queries, read);
	return readPage(counts.provider + counts.trained, query.page, async (window) =>
		(
			await (
				counts.provider === 0
					? queries.trainedPage
					: counts.trained === 0
						? queries.providerPage
						: queries.mergedPage
			).all({ ...read.values, ...window })
		).map((row) => ({
			id: row.id,
			participantName: row.participantName,
			moduleCode: row.moduleCode,
			state: row.state,
			plannedStart: row.plannedStart,
			plannedEnd: row.plannedEnd,
			trainerName: row.trainerName
		}))
	);
}

/** How many bookings the staff member's list holds, for the start page. */
export async function countStaffBookings(actor: Actor): Promise<number> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const read = bookingListRead(staff, { q: '', state: null, trainerId: null });
	const counts = await bookingListCounts(bookingLists(await getDb(), read.shape), read);
	return counts.provider + counts.trained;
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
		.orderBy(displayNameOrder, asc(user.displayName));
}
