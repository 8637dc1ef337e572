import { error } from '@sveltejs/kit';
import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import { findModule, type HourCap } from '$lib/domain/catalogue';
import {
	addDays,
	addMonthsToMonth,
	berlinDate,
	firstDayOf,
	type IsoDate,
	type IsoMonth
} from '$lib/domain/dates';
import { isAgreed } from '$lib/domain/bookings';
import type { ListPage } from '$lib/domain/paging';
import { readPage } from '$lib/server/db/lists';
import {
	byMonthNewestFirst,
	capMonth,
	checkCap,
	forecastFromSums,
	hourDateWindow,
	hoursSummaryOfMonths,
	isLoggable,
	isValidDuration,
	liveEntries,
	maxParticipantMinutesPerDay,
	minutesOnDay,
	monthsPage,
	paceWindow,
	sumMinutes,
	summaryOfUsed,
	usedAgainstCap,
	type HourKind,
	type HoursSummary,
	type MonthsPage
} from '$lib/domain/hours';
import { getDb } from '$lib/server/db';
import { preparedQuery } from '$lib/server/db/prepared';
import type { Database, Executor } from '$lib/server/db/client';
import { billingLine, booking, hourEntry, user } from '$lib/server/db/schema';
import { writingLanguage } from '$lib/i18n/written-language';
import { requireRole, type Actor } from '../access';
import {
	liveEntriesBetween,
	liveMinutesByMonth,
	liveMinutesInMonth,
	liveMinutesOf,
	type LiveEntryRow
} from './queries';
import {
	staffBooking,
	listOwnBookings,
	type BookingView,
	type StaffBooking,
	writeOnBooking
} from '$lib/server/bookings/service';

export interface HourEntryView {
	id: string;
	bookingId: string;
	date: IsoDate;
	minutes: number;
	kind: HourKind;
	note: string | null;
	/** The language of the note and the reason. */
	lang: string;
	authorName: string;
	replacesId: string | null;
	isCancellation: boolean;
	reason: string | null;
	createdAt: Date;
}

export interface HourInput {
	date: IsoDate;
	minutes: number;
	kind: HourKind;
	note: string | null;
	/** From the form, so sending it twice logs once. */
	requestKey: string;
}

export type HourRefusal =
	| { reason: 'over_cap'; freeMinutes: number; perMonth: boolean }
	| { reason: 'over_day_limit'; freeMinutes: number }
	| { reason: 'date_in_future' }
	| { reason: 'date_outside_booking'; earliest: IsoDate; latest: IsoDate }
	| { reason: 'invalid_duration' }
	| { reason: 'booking_not_active' }
	| { reason: 'already_replaced' };

export type HourResult = { ok: true; entryId: string } | ({ ok: false } & HourRefusal);

async function entriesOf(db: Executor, bookingIds: string[]): Promise<HourEntryView[]> {
	if (bookingIds.length === 0) return [];
	return db
		.select({
			id: hourEntry.id,
			bookingId: hourEntry.bookingId,
			date: hourEntry.date,
			minutes: hourEntry.minutes,
			kind: hourEntry.kind,
			note: hourEntry.note,
			lang: hourEntry.lang,
			authorName: user.displayName,
			replacesId: hourEntry.replacesId,
			isCancellation: hourEntry.isCancellation,
			reason: hourEntry.reason,
			createdAt: hourEntry.createdAt
		})
		.from(hourEntry)
		.innerJoin(user, eq(hourEntry.authorId, user.id))
		.where(inArray(hourEntry.bookingId, bookingIds))
		.orderBy(asc(hourEntry.date), asc(hourEntry.createdAt));
}

function capOf(moduleCode: string): HourCap {
	return findModule(moduleCode)?.hourCap ?? { kind: 'none' };
}

/**
 * The checks every written row passes, inside the write transaction that writes it: the
 * booking is running or finished, the day lies in its period and not in the future, and the
 * live hours (without `replacing`) plus this entry stay within the cap.
 */
async function refusalFor(
	tx: Executor,
	found: BookingView,
	input: Pick<HourInput, 'date' | 'minutes'>,
	now: Date,
	replacing: string | null
): Promise<HourRefusal | null> {
	if (!isLoggable(found.state) || !found.plannedStart || !found.plannedEnd) {
		return { reason: 'booking_not_active' };
	}
	if (!isValidDuration(input.minutes)) return { reason: 'invalid_duration' };
	const today = berlinDate(now);
	if (input.date > today) return { reason: 'date_in_future' };
	const { latest } = hourDateWindow(found.plannedStart, found.plannedEnd, today);
	if (input.date < found.plannedStart || input.date > latest) {
		return { reason: 'date_outside_booking', earliest: found.plannedStart, latest };
	}
	// All of the person's bookings: the cap counts this booking's hours, the day limit all of them.
	const bookingIds = (
		await tx
			.select({ id: booking.id })
			.from(booking)
			.where(eq(booking.participantId, found.participantId))
	).map((row) => row.id);
	const personLive = liveEntries(await entriesOf(tx, bookingIds)).filter(
		(entry) => entry.id !== replacing
	);
	const live = personLive.filter((entry) => entry.bookingId === found.id);
	const cap = capOf(found.moduleCode);
	const used = usedAgainstCap(cap, live, input.date);
	if (used) {
		const check = checkCap(used.capMinutes, used.usedMinutes, input.minutes);
		if (!check.ok)
			return {
				reason: 'over_cap',
				freeMinutes: check.freeMinutes,
				perMonth: cap.kind === 'per_month'
			};
	}
	const day = checkCap(
		maxParticipantMinutesPerDay,
		minutesOnDay(personLive, input.date),
		input.minutes
	);
	if (!day.ok) return { reason: 'over_day_limit', freeMinutes: day.freeMinutes };
	return null;
}

/** A repeated form submission: the same key on the same booking (keys are unique per booking). */
async function repeatedEntry(
	tx: Executor,
	bookingId: string,
	requestKey: string
): Promise<string | null> {
	const [row] = await tx
		.select({ id: hourEntry.id })
		.from(hourEntry)
		.where(and(eq(hourEntry.bookingId, bookingId), eq(hourEntry.requestKey, requestKey)));
	return row?.id ?? null;
}

/** A trainer of the booking or a lead of its provider logs hours. */
export async function logHours(
	actor: Actor,
	bookingId: string,
	input: HourInput,
	now: Date = new Date()
): Promise<HourResult> {
	// The cap check and the insert share one write transaction, so concurrent entries
	// can never add up past the cap.
	return writeOnBooking(actor, bookingId, staffBooking, async (tx, found): Promise<HourResult> => {
		const { staff } = found;
		const repeated = await repeatedEntry(tx, found.id, input.requestKey);
		if (repeated) return { ok: true, entryId: repeated };
		const refusal = await refusalFor(tx, found, input, now, null);
		if (refusal) return { ok: false, ...refusal };
		const id = crypto.randomUUID();
		await tx.insert(hourEntry).values(newEntry(id, bookingId, staff, input, now));
		return { ok: true, entryId: id };
	});
}

/** A new entry's row: what was logged, in the language it was written in, by whom and when. */
function newEntry(
	id: string,
	bookingId: string,
	author: { id: string },
	input: HourInput,
	now: Date
) {
	return {
		id,
		bookingId,
		date: input.date,
		minutes: input.minutes,
		kind: input.kind,
		note: input.note,
		lang: writingLanguage(),
		authorId: author.id,
		requestKey: input.requestKey,
		createdAt: now
	};
}

async function liveEntryForStaff(tx: Executor, actor: Actor, entryId: string) {
	const [entry] = await tx.select().from(hourEntry).where(eq(hourEntry.id, entryId));
	if (!entry || entry.isCancellation) error(404, 'Not Found');
	const found = await staffBooking(tx, actor, entry.bookingId);
	const [replacement] = await tx
		.select({ id: hourEntry.id })
		.from(hourEntry)
		.where(eq(hourEntry.replacesId, entryId));
	return { entry, found, replaced: Boolean(replacement) };
}

/** A correction is a new row that replaces the old one; the old one stays as history. */
export async function correctHours(
	actor: Actor,
	entryId: string,
	input: HourInput & { reason: string },
	now: Date = new Date()
): Promise<HourResult> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<HourResult> => {
		const { found, replaced } = await liveEntryForStaff(tx, staff, entryId);
		const repeated = await repeatedEntry(tx, found.id, input.requestKey);
		if (repeated) return { ok: true, entryId: repeated };
		if (replaced) return { ok: false, reason: 'already_replaced' };
		const refusal = await refusalFor(tx, found, input, now, entryId);
		if (refusal) return { ok: false, ...refusal };
		const id = crypto.randomUUID();
		await tx.insert(hourEntry).values({
			...newEntry(id, found.id, staff, input, now),
			replacesId: entryId,
			reason: input.reason
		});
		return { ok: true, entryId: id };
	});
}

/** A cancellation replaces an entry with nothing, and says why. */
export async function cancelHours(
	actor: Actor,
	entryId: string,
	input: { reason: string; requestKey: string },
	now: Date = new Date()
): Promise<HourResult> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<HourResult> => {
		const { entry, found, replaced } = await liveEntryForStaff(tx, staff, entryId);
		const repeated = await repeatedEntry(tx, found.id, input.requestKey);
		if (repeated) return { ok: true, entryId: repeated };
		if (replaced) return { ok: false, reason: 'already_replaced' };
		const id = crypto.randomUUID();
		await tx.insert(hourEntry).values({
			id,
			bookingId: found.id,
			date: entry.date,
			minutes: 0,
			kind: entry.kind,
			note: null,
			lang: writingLanguage(),
			authorId: staff.id,
			replacesId: entryId,
			isCancellation: true,
			reason: input.reason,
			requestKey: input.requestKey,
			createdAt: now
		});
		return { ok: true, entryId: id };
	});
}

export interface BookingHours {
	booking: BookingView;
	cap: HourCap;
	/** Every row, with corrections and cancellations, oldest first. */
	allEntries: HourEntryView[];
	live: HourEntryView[];
	usedMinutes: number;
}

function summarise(bookingView: BookingView, entries: HourEntryView[]): BookingHours {
	const own = entries.filter((entry) => entry.bookingId === bookingView.id);
	const live = liveEntries(own);
	return {
		booking: bookingView,
		cap: capOf(bookingView.moduleCode),
		allEntries: own,
		live,
		usedMinutes: sumMinutes(live)
	};
}

/** Staff: the hours of one booking they may see. */
export async function hoursOfBooking(db: Executor, found: StaffBooking): Promise<BookingHours> {
	return summarise(found, await entriesOf(db, [found.id]));
}

/** One live entry of a booking, for the correction page; 404 for one of another booking. */
export async function hourEntryOfBooking(
	db: Executor,
	found: StaffBooking,
	entryId: string
): Promise<{ entry: HourEntryView; replaced: boolean }> {
	const entries = await entriesOf(db, [found.id]);
	const entry = entries.find((row) => row.id === entryId);
	if (!entry || entry.isCancellation) error(404, 'Not Found');
	return { entry, replaced: entries.some((row) => row.replacesId === entryId) };
}

/** The participant's hours on every booking that has begun or is agreed. */
export async function ownHours(actor: Actor): Promise<BookingHours[]> {
	const participant = requireRole(actor, ['participant']);
	const bookings = (await listOwnBookings(participant)).filter((row) => isAgreed(row.state));
	const entries = await entriesOf(
		await getDb(),
		bookings.map((row) => row.id)
	);
	return bookings.map((row) => summarise(row, entries));
}

/** One month of a participant's hours page: its live total and its live entries, newest first. */
export interface OwnHoursMonth {
	month: IsoMonth;
	totalMinutes: number;
	entries: LiveEntryRow[];
}

/** The months one page lists (`monthsPage`), with their entries. */
export interface OwnHoursMonths extends Omit<MonthsPage, 'months'> {
	months: OwnHoursMonth[];
}

/** What the participant's hours page shows of one booking. */
export interface OwnBookingHours {
	booking: BookingView;
	cap: HourCap;
	/** From all live entries, as every page shows it. */
	summary: HoursSummary;
	/** When the hours run out at the current pace: running bookings with a total cap only. */
	forecast: IsoDate | null;
	/** Whether any month has live hours: the entries themselves are on the module's page. */
	hasHours: boolean;
}

/** The participant's agreed bookings: those the hours page shows. */
async function ownAgreedBookings(actor: Actor): Promise<BookingView[]> {
	const participant = requireRole(actor, ['participant']);
	return (await listOwnBookings(participant)).filter((row) => isAgreed(row.state));
}

/**
 * The months of `before`'s page and only their entries, read by date range; the totals come
 * from the month sums already read.
 */
async function monthsOfPage(
	db: Database,
	bookingId: string,
	totals: readonly { month: IsoMonth; minutes: number }[],
	before: string | null
): Promise<OwnHoursMonths> {
	const page = monthsPage(
		totals.map((row) => row.month),
		before
	);
	const newest = page.months[0];
	const oldest = page.months.at(-1);
	if (!newest || !oldest) return { ...page, months: [] };
	const entries = await liveEntriesBetween(db, bookingId, {
		from: firstDayOf(oldest),
		before: firstDayOf(addMonthsToMonth(newest, 1))
	});
	const grouped = new Map(byMonthNewestFirst(entries).map((group) => [group.month, group.entries]));
	const totalOf = new Map(totals.map((row) => [row.month, row.minutes]));
	return {
		...page,
		months: page.months.map((month) => ({
			month,
			totalMinutes: totalOf.get(month) ?? 0,
			entries: grouped.get(month) ?? []
		}))
	};
}

/** The forecast needs two sums: all live minutes, and those of the pace window. */
async function forecastOf(
	db: Database,
	found: BookingView,
	capMinutes: number,
	usedMinutes: number,
	today: IsoDate
): Promise<IsoDate | null> {
	const window = paceWindow(found.plannedStart ?? today, today);
	const pace = window && {
		days: window.days,
		minutes: await liveMinutesOf(db, found.id, { from: window.from, before: addDays(window.to, 1) })
	};
	return forecastFromSums(usedMinutes, capMinutes, pace, today);
}

/**
 * The participant's hours page: per agreed booking the summary and forecast from SQL sums,
 * and the entries of the newest months only.
 */
export async function ownHoursOverview(actor: Actor, today: IsoDate): Promise<OwnBookingHours[]> {
	const bookings = await ownAgreedBookings(actor);
	const db = await getDb();
	return Promise.all(
		bookings.map(async (found): Promise<OwnBookingHours> => {
			const cap = capOf(found.moduleCode);
			const totals = await liveMinutesByMonth(db, found.id);
			return {
				booking: found,
				cap,
				summary: hoursSummaryOfMonths(cap, totals, today),
				forecast:
					cap.kind === 'total' && found.state === 'running'
						? await forecastOf(db, found, cap.hours * 60, sumMinutes(totals), today)
						: null,
				hasHours: totals.length > 0
			};
		})
	);
}

/**
 * Older (or newer) months of one of the participant's own bookings, 3 at a time; another
 * person's booking, one not agreed, or a made-up id answers 404.
 */
export async function ownHoursMonths(
	actor: Actor,
	bookingId: string,
	before: string | null
): Promise<{ booking: BookingView; months: OwnHoursMonths }> {
	const found = (await ownAgreedBookings(actor)).find((row) => row.id === bookingId);
	if (!found) error(404, 'Not Found');
	const db = await getDb();
	const totals = await liveMinutesByMonth(db, found.id);
	return { booking: found, months: await monthsOfPage(db, found.id, totals, before) };
}

export interface CurrentHours {
	booking: BookingView;
	cap: HourCap;
	summary: HoursSummary;
}

/**
 * The participant's running booking and where its hours stand on `today`, summed in SQL: the
 * start page needs the hours left, not every entry.
 */
export async function ownCurrentHours(
	actor: Actor,
	today: IsoDate,
	/** The participant's own bookings, when the caller has read them already. */
	ownBookings?: BookingView[]
): Promise<CurrentHours | null> {
	const participant = requireRole(actor, ['participant']);
	const bookings = ownBookings ?? (await listOwnBookings(participant));
	const running = bookings.find(
		(row) => row.state === 'running' && row.participantId === participant.id
	);
	if (!running) return null;
	const cap = capOf(running.moduleCode);
	const used = await liveMinutesInMonth(await getDb(), running.id, capMonth(cap, today));
	return { booking: running, cap, summary: summaryOfUsed(cap, used) };
}

export interface BillingRow {
	participantName: string;
	moduleCode: string;
	minutes: number;
}

/** One page of a month's billing for the screen, with the month's total over every row. */
export interface BillingPage extends ListPage<BillingRow> {
	totalMinutes: number;
}

/**
 * A provider's month of billing, a row per participant and module, in the page's order (name,
 * module, participant): billing_line holds each one's live minutes (kept by triggers of
 * migration 0017 from hour_month_total) and its index that order, so SQLite reads the rows
 * in order and sorts nothing. Names sort as in the other staff lists, in phone-book order
 * (domain/name-order.ts). A line whose entries were all cancelled keeps 0 minutes: nothing to bill. The
 * queries are built once (preparedQuery), with the provider and month as placeholders.
 */
const billedLines = and(
	eq(billingLine.providerId, sql.placeholder('providerId')),
	eq(billingLine.month, sql.placeholder('month')),
	gt(billingLine.minutes, 0)
);

const billingSums = preparedQuery((db) =>
	db
		.select({ total: count(), totalMinutes: sql<number>`coalesce(sum(${billingLine.minutes}), 0)` })
		.from(billingLine)
		.where(billedLines)
		.prepare()
);

function billingRows(db: Database) {
	return db
		.select({
			participantName: billingLine.participantName,
			moduleCode: billingLine.moduleCode,
			minutes: billingLine.minutes
		})
		.from(billingLine)
		.where(billedLines)
		.orderBy(
			asc(billingLine.participantNameOrder),
			asc(billingLine.participantName),
			asc(billingLine.moduleCode),
			asc(billingLine.participantId)
		);
}

const billingPageRows = preparedQuery((db) =>
	billingRows(db).limit(sql.placeholder('limit')).offset(sql.placeholder('offset')).prepare()
);

const billingAllRows = preparedQuery((db) => billingRows(db).prepare());

/** The billing page shows 50 rows at a time, and the count and total minutes of them all. */
export async function billingPage(
	actor: Actor,
	month: IsoMonth,
	requestedPage: number
): Promise<BillingPage> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return { rows: [], total: 0, page: 1, pages: 1, totalMinutes: 0 };
	const db = await getDb();
	const scope = { providerId: lead.providerId, month };
	const [sums] = await billingSums(db).all(scope);
	const page = await readPage(sums?.total ?? 0, requestedPage, (window) =>
		billingPageRows(db).all({ ...scope, ...window })
	);
	return { ...page, totalMinutes: Number(sums?.totalMinutes ?? 0) };
}

/** The Fachleistungsstunden of one month for the lead's provider, every row (the export). */
export async function billingForMonth(actor: Actor, month: IsoMonth): Promise<BillingRow[]> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return [];
	return billingAllRows(await getDb()).all({ providerId: lead.providerId, month });
}
