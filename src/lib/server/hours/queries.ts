import { and, eq, gte, lt, notExists, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '$lib/domain/dates';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Executor } from '$lib/server/db/client';
import { hourEntry } from '$lib/server/db/schema';

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

/** The live minutes of one booking, within a cap period (null: the whole booking), summed in SQL. */
export async function liveMinutesOf(
	db: Executor,
	bookingId: string,
	period: { from: IsoDate; before: IsoDate } | null
): Promise<number> {
	const [row] = await db
		.select({ minutes: sql<number | null>`sum(${hourEntry.minutes})` })
		.from(hourEntry)
		.where(
			and(
				eq(hourEntry.bookingId, bookingId),
				period ? gte(hourEntry.date, period.from) : undefined,
				period ? lt(hourEntry.date, period.before) : undefined,
				isLiveEntry(db)
			)
		);
	return Number(row?.minutes ?? 0);
}
