/**
 * What the staff lists share in SQL: the order "what needs doing first" as a CASE over a
 * state column, the name search, and reading one page after counting. Each list then runs
 * two queries, a count(*) and one page of rows, whatever the number of rows. The bookings list
 * and the feedback inbox order by a generated list_rank column instead (migration 0012), which
 * their indexes hold, so SQLite reads one page without sorting; rankOf serves the rest.
 */
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { nameOrderSql } from '$lib/domain/name-order';
import { containsPattern, pageWindow, type ListPage, type PageWindow } from '$lib/domain/paging';

/** The position of the column's value in `order`; values not named come last. */
export function rankOf(column: AnyColumn | SQL, order: readonly string[]): SQL<number> {
	const steps = order.map((value, index) => sql`when ${value} then ${index}`);
	return sql<number>`case ${column} ${sql.join(steps, sql` `)} else ${order.length} end`;
}

/**
 * A user's display name in the order of the staff lists (domain/name-order.ts), for lists
 * without a copied, indexed name: "Özdemir" among the O, "de Vries" among the D.
 */
export const displayNameOrder = sql<string>`${sql.raw(nameOrderSql('"user"."display_name"'))}`;

/** The name contains the search, in any case; no condition for an empty search. */
export function nameContains(column: AnyColumn, query: string): SQL | undefined {
	const pattern = containsPattern(query);
	return pattern ? sql`lower(${column}) like ${pattern} escape '\\'` : undefined;
}

/** nameContains for a prepared query: the pattern (containsPattern's) is the placeholder `pattern`. */
export function nameContainsPattern(column: AnyColumn): SQL {
	return sql`lower(${column}) like ${sql.placeholder('pattern')} escape '\\'`;
}

/**
 * One page of a list: the count first, so a page past the end reads the last page. `total` is
 * a count query (`select({ total: count() })`), or the number when the list added up the
 * counts of its parts itself.
 */
export async function readPage<T>(
	total: number | Promise<{ total: number }[]>,
	requested: number,
	rows: (window: PageWindow) => Promise<T[]>
): Promise<ListPage<T>> {
	const counted = typeof total === 'number' ? total : ((await total)[0]?.total ?? 0);
	const window = pageWindow(counted, requested);
	return {
		rows: window.offset < counted ? await rows(window) : [],
		total: counted,
		page: window.page,
		pages: window.pages
	};
}
