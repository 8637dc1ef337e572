import { and, asc, desc, eq, gt, gte, lt, notExists, sql, type SQL } from 'drizzle-orm';
import type { IsoDate, IsoMonth } from '$lib/domain/dates';
import type { ListedHourEntry } from '$lib/domain/hours';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database, Executor } from '$lib/server/db/client';
import { preparedQuery } from '$lib/server/db/prepared';
import { hourEntry, hourMonthTotal } from '$lib/server/db/schema';

const replacement = alias(hourEntry, 'replacement');

/**
 * The SQL twin of `liveEntries` in `domain/hours.ts`: a row counts when it is no cancellation
 * and no later row replaces it. Sums over many rows use this, so they never load the rows.
 */
export function isLiveEntry(db: Executor): SQL {
	return and(
		eq(hourEntry.isCancellation, false),
		notExists(
			db
				.select({ id: replacement.id })
				.from(replacement)
				.where(eq(replacement.replacesId, hourEntry.id))
		)
	)!;
}

const liveBetweenSum = preparedQuery((db) =>
	db
		.select({ minutes: sql<number | null>`sum(${hourEntry.minutes})` })
		.from(hourEntry)
		.where(
			and(
				eq(hourEntry.bookingId, sql.placeholder('bookingId')),
				gte(hourEntry.date, sql.placeholder('from')),
				lt(hourEntry.date, sql.placeholder('before')),
				isLiveEntry(db)
			)
		)
		.prepare()
);

/** The live minutes of one booking between two days (the forecast's pace window), summed in SQL. */
export async function liveMinutesOf(
	db: Database,
	bookingId: string,
	period: { from: IsoDate; before: IsoDate }
): Promise<number> {
	const [row] = await liveBetweenSum(db).all({ bookingId, ...period });
	return Number(row?.minutes ?? 0);
}

const bookingTotal = preparedQuery((db) =>
	db
		.select({ minutes: sql<number | null>`sum(${hourMonthTotal.minutes})` })
		.from(hourMonthTotal)
		.where(eq(hourMonthTotal.bookingId, sql.placeholder('bookingId')))
		.prepare()
);

const monthTotal = preparedQuery((db) =>
	db
		.select({ minutes: hourMonthTotal.minutes })
		.from(hourMonthTotal)
		.where(
			and(
				eq(hourMonthTotal.bookingId, sql.placeholder('bookingId')),
				eq(hourMonthTotal.month, sql.placeholder('month'))
			)
		)
		.prepare()
);

/**
 * The live minutes of one booking in one calendar month, or in all (null), from the month
 * totals a trigger keeps: a cap period is either, so this reads one row instead of the entries.
 */
export async function liveMinutesInMonth(
	db: Database,
	bookingId: string,
	month: IsoMonth | null
): Promise<number> {
	const [row] = await (month === null
		? bookingTotal(db).all({ bookingId })
		: monthTotal(db).all({ bookingId, month }));
	return Number(row?.minutes ?? 0);
}

/** The hours page of every participant reads these, so they are built once. */
const liveMonths = preparedQuery((db) =>
	db
		.select({ month: hourMonthTotal.month, minutes: hourMonthTotal.minutes })
		.from(hourMonthTotal)
		.where(
			and(
				eq(hourMonthTotal.bookingId, sql.placeholder('bookingId')),
				// A month whose entries were all cancelled keeps a row of 0 minutes.
				gt(hourMonthTotal.minutes, 0)
			)
		)
		.orderBy(asc(hourMonthTotal.month))
		.prepare()
);

/**
 * The live minutes of one booking per calendar month, oldest first, from the month totals
 * that a trigger keeps (hour_month_total): the cap, the month totals and which months have
 * entries, without loading the entries.
 */
export async function liveMinutesByMonth(
	db: Database,
	bookingId: string
): Promise<{ month: IsoMonth; minutes: number }[]> {
	return liveMonths(db).all({ bookingId });
}

export type LiveEntryRow = ListedHourEntry;

const liveBetween = preparedQuery((db) =>
	db
		.select({
			date: hourEntry.date,
			minutes: hourEntry.minutes,
			kind: hourEntry.kind,
			note: hourEntry.note,
			lang: hourEntry.lang
		})
		.from(hourEntry)
		.where(
			and(
				eq(hourEntry.bookingId, sql.placeholder('bookingId')),
				gte(hourEntry.date, sql.placeholder('from')),
				lt(hourEntry.date, sql.placeholder('before')),
				isLiveEntry(db)
			)
		)
		// Newest day first; on one day in the order they were written.
		.orderBy(desc(hourEntry.date), asc(hourEntry.createdAt))
		.prepare()
);

/** The live entries of one booking from `from` (inclusive) to `before` (exclusive). */
export async function liveEntriesBetween(
	db: Database,
	bookingId: string,
	period: { from: IsoDate; before: IsoDate }
): Promise<LiveEntryRow[]> {
	return liveBetween(db).all({ bookingId, ...period });
}
