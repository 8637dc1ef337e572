/** Lists of many rows (bookings, requests, feedback, reports) show this many rows a page. */
export const listPageSize = 50;

/** One page of a list, with what the pager and the count line say. */
export interface ListPage<T> {
	rows: T[];
	/** All rows that match the search and filters, counted in the database. */
	total: number;
	page: number;
	pages: number;
}

export interface PageWindow {
	page: number;
	pages: number;
	/** Rows to skip and to read for this page. */
	offset: number;
	limit: number;
}

/**
 * The page to show of `total` rows. A page past the end shows the last one, so an old
 * link after rows went away still lands on a list; an empty list has one (empty) page.
 */
export function pageWindow(total: number, requested: number, size = listPageSize): PageWindow {
	const pages = Math.max(1, Math.ceil(total / size));
	const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
	return { page, pages, offset: (page - 1) * size, limit: size };
}

/**
 * The page numbers the pager links to: the first, the last and two on each side of the
 * current one; null stands for a gap ("…"). Fourteen pages at page 6: 1 … 4 5 6 7 8 … 14.
 */
export function pagerSteps(page: number, pages: number): (number | null)[] {
	const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
		.filter((step) => step >= 1 && step <= pages)
		.sort((a, b) => a - b);
	const steps: (number | null)[] = [];
	for (const step of shown) {
		const previous = steps.at(-1);
		// A gap of a single page shows that page instead of "…", which would hide just one link.
		if (typeof previous === 'number' && step - previous === 2) steps.push(previous + 1);
		else if (typeof previous === 'number' && step - previous > 2) steps.push(null);
		steps.push(step);
	}
	return steps;
}

/**
 * A LIKE pattern for "contains these letters", case-insensitive when compared with lower():
 * LIKE's own signs are escaped (with \), so "50%" looks for "50%".
 */
export function containsPattern(query: string): string | null {
	const words = query.trim().toLowerCase();
	if (!words) return null;
	return `%${words.replace(/[\\%_]/g, (sign) => `\\${sign}`)}%`;
}

/** The address of page `page` of a list, keeping its search and filters; page 1 has no number. */
export function listHref(
	path: string,
	params: Record<string, string | null | undefined>,
	page: number
): string {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
	if (page > 1) query.set('page', String(page));
	const search = query.toString();
	return search ? `${path}?${search}` : path;
}
