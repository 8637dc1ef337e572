import type { Page } from '@playwright/test';
import type { Username } from './accounts';

/**
 * Every page of the portal, with who sees it. The accessibility suite visits each entry
 * for each viewer in each language; pages.spec.ts fails when a page in src/routes is
 * missing here, so a new page cannot be left out of the checks.
 */
export interface PageEntry {
	/** The SvelteKit route id, e.g. "/(participant)/start". */
	route: string;
	/** A real address; for a dynamic route, found from the signed-in viewer's own pages. */
	path: string | ((page: Page) => Promise<string>);
	/** null stands for "signed out". */
	viewers: (Username | null)[];
	/**
	 * Pages that exist only in a passing state (an open request) are checked inside the
	 * journey that creates that state; the file named here does it.
	 */
	checkedIn?: string;
}

/** One of each role with a demo account, and signed out. */
const everybody: (Username | null)[] = [null, 'anna', 'tom', 'lea', 'admin'];

/** The address behind the first link that matches, on the page at `listPath`. */
export function firstLink(listPath: string, selector: string, suffix = '') {
	return async (page: Page): Promise<string> => {
		await page.goto(listPath);
		const href = await page.locator(selector).first().getAttribute('href');
		if (!href) throw new Error(`No link ${selector} on ${listPath}`);
		return href + suffix;
	};
}

/**
 * Anna's running Qualifizierungsphase: it has hours, notes, talks and goals whatever other
 * tests did before (the list puts confirmed bookings without any of them first).
 */
const annasRunningBooking = '/provider/bookings?state=running&q=Anna%20Berger';

export const pages: PageEntry[] = [
	{ route: '/login', path: '/login', viewers: [null] },
	{ route: '/help', path: '/help', viewers: everybody },
	{ route: '/help/words', path: '/help/words', viewers: everybody },
	{ route: '/settings', path: '/settings', viewers: everybody },
	// Every role with a demo account; sessions.spec.ts shows it with two sessions and after ending one.
	{
		route: '/settings/security',
		path: '/settings/security',
		viewers: ['anna', 'tom', 'lea', 'admin']
	},
	{ route: '/modules', path: '/modules', viewers: everybody },
	{ route: '/modules/[code]', path: '/modules/entry', viewers: [...everybody, 'ben'] },
	{ route: '/(participant)/start', path: '/start', viewers: ['anna', 'ben'] },
	{ route: '/(participant)/my-modules', path: '/my-modules', viewers: ['anna', 'ben'] },
	{
		route: '/(participant)/my-modules/[id]',
		path: firstLink('/my-modules', 'a[href^="/my-modules/"]'),
		viewers: ['anna']
	},
	{
		route: '/(participant)/my-modules/[id]/withdraw',
		path: firstLink('/my-modules', 'a[href^="/my-modules/"]', '/withdraw'),
		viewers: ['anna'],
		checkedIn: 'bookings.spec.ts (with an open request)'
	},
	{
		route: '/(participant)/my-modules/request-all',
		path: '/my-modules/request-all',
		viewers: ['anna']
	},
	{ route: '/(participant)/goals', path: '/goals', viewers: ['anna', 'ben'] },
	{ route: '/(participant)/hours', path: '/hours', viewers: ['anna', 'ben'] },
	// One module's hours, 3 months a page: Anna's first module on /hours. Months to page
	// through (and their links) are checked in hours-months.spec.ts, on data of its own.
	{
		route: '/(participant)/hours/[id]',
		path: async (page) => {
			await page.goto('/hours');
			const section = page.locator('main section[aria-labelledby^="module-"]').first();
			const id = (await section.getAttribute('aria-labelledby'))?.slice('module-'.length);
			if (!id) throw new Error('No module on /hours');
			return `/hours/${id}`;
		},
		viewers: ['anna']
	},
	{ route: '/(participant)/feedback', path: '/feedback', viewers: ['anna', 'ben'] },
	{ route: '/(participant)/documents', path: '/documents', viewers: ['anna', 'ben'] },
	{ route: '/(participant)/documents/notes', path: '/documents/notes', viewers: ['anna', 'ben'] },
	{ route: '/(participant)/documents/report', path: '/documents/report', viewers: ['anna', 'ben'] },
	{ route: '/(participant)/documents/share', path: '/documents/share', viewers: ['anna', 'ben'] },
	{
		route: '/(participant)/documents/share/[id]/revoke',
		path: '/documents/share',
		viewers: [],
		checkedIn: 'documents.spec.ts (with a link made in the journey)'
	},
	{
		route: '/(participant)/documents/access-log',
		path: '/documents/access-log',
		viewers: ['anna', 'ben']
	},
	{
		route: '/share/[token]',
		path: '/share',
		viewers: [],
		checkedIn: 'documents.spec.ts (with a link and with an unknown one)'
	},
	{ route: '/provider', path: '/provider', viewers: ['tom', 'sara', 'lea'] },
	{ route: '/provider/requests', path: '/provider/requests', viewers: ['lea'] },
	{
		route: '/provider/requests/[id]',
		path: '/provider/requests',
		viewers: [],
		checkedIn: 'bookings.spec.ts'
	},
	{ route: '/provider/bookings', path: '/provider/bookings', viewers: ['tom', 'sara', 'lea'] },
	{
		route: '/provider/bookings/[id]',
		// A booking without hours is checked in start-next-steps.spec.ts, right after it is confirmed.
		path: firstLink(annasRunningBooking, 'a[href^="/provider/bookings/"]'),
		viewers: ['tom', 'lea']
	},
	{
		route: '/provider/bookings/[id]/hours/[entryId]',
		path: async (page) => {
			const booking = await firstLink(annasRunningBooking, 'a[href^="/provider/bookings/"]')(page);
			return firstLink(booking, 'a[href*="/hours/"]')(page);
		},
		viewers: ['tom']
	},
	{
		route: '/provider/bookings/[id]/notes/[noteId]',
		path: async (page) => {
			const booking = await firstLink(annasRunningBooking, 'a[href^="/provider/bookings/"]')(page);
			return firstLink(booking, 'a[href*="/notes/"]')(page);
		},
		viewers: ['tom']
	},
	{
		route: '/provider/bookings/[id]/talks/[talkId]',
		path: async (page) => {
			const booking = await firstLink(annasRunningBooking, 'a[href^="/provider/bookings/"]')(page);
			return firstLink(booking, 'a[href*="/talks/"]')(page);
		},
		viewers: ['tom', 'lea']
	},
	{
		route: '/provider/bookings/[id]/goals/[goalId]',
		path: async (page) => {
			const booking = await firstLink(annasRunningBooking, 'a[href^="/provider/bookings/"]')(page);
			return firstLink(booking, 'a[href*="/goals/"]')(page);
		},
		viewers: ['tom', 'lea']
	},
	{
		route: '/provider/bookings/[id]/correct',
		path: firstLink('/provider/bookings', 'a[href^="/provider/bookings/"]', '/correct'),
		viewers: ['tom', 'lea']
	},
	{ route: '/provider/reports', path: '/provider/reports', viewers: ['tom', 'sara', 'lea'] },
	{
		route: '/provider/reports/[participantId]',
		path: firstLink('/provider/reports', 'a[href^="/provider/reports/"]'),
		viewers: ['tom', 'lea']
	},
	{ route: '/provider/billing', path: '/provider/billing', viewers: ['lea'] },
	{ route: '/provider/feedback', path: '/provider/feedback', viewers: ['tom', 'sara', 'lea'] },
	{
		route: '/provider/feedback/[id]',
		path: firstLink('/provider/feedback', 'a[href^="/provider/feedback/"][href*="-"]'),
		viewers: ['tom', 'lea']
	},
	{
		route: '/provider/feedback/satisfaction',
		path: '/provider/feedback/satisfaction',
		viewers: ['lea']
	},
	{ route: '/admin', path: '/admin', viewers: ['admin'] },
	{ route: '/admin/accounts/new', path: '/admin/accounts/new', viewers: ['admin'] },
	{
		route: '/admin/accounts/[id]',
		path: firstLink('/admin?q=tom', 'table a[href^="/admin/accounts/"]'),
		viewers: ['admin']
	},
	{ route: '/admin/providers/new', path: '/admin/providers/new', viewers: ['admin'] },
	{ route: '/provider/participants', path: '/provider/participants', viewers: ['lea', 'jo'] },
	{ route: '/provider/participants/new', path: '/provider/participants/new', viewers: ['lea'] },
	{
		route: '/provider/participants/[id]',
		path: firstLink('/provider/participants', 'table a[href^="/provider/participants/"]'),
		viewers: ['lea', 'jo']
	},
	// An unknown link shows the page every unusable link shows; accounts.spec.ts checks the
	// page of a working link (with its button) too.
	{ route: '/login/letter/[token]', path: '/login/letter/ABCD-EFGH-JKMN-PQ', viewers: [null] }
];

/** States that are not a page of their own but must pass the same checks. */
export const states: { name: string; path: string; viewer: Username | null; status: number }[] = [
	{ name: 'not found', path: '/no-such-page', viewer: null, status: 404 },
	{ name: 'unknown module', path: '/modules/no-such-module', viewer: null, status: 404 },
	{ name: 'forbidden', path: '/admin', viewer: 'anna', status: 403 },
	// The staff lists with a search, a filter, an empty result and a page number; with more
	// than one page they are checked in lists.spec.ts, on data of their own.
	{
		name: 'bookings searched and filtered',
		path: '/provider/bookings?q=anna&state=running',
		viewer: 'lea',
		status: 200
	},
	{
		name: 'bookings search without a result',
		path: '/provider/bookings?q=zzz',
		viewer: 'tom',
		status: 200
	},
	{
		name: 'bookings past the last page',
		path: '/provider/bookings?page=2',
		viewer: 'lea',
		status: 200
	},
	{ name: 'requests searched', path: '/provider/requests?q=ben', viewer: 'lea', status: 200 },
	{
		name: 'feedback filtered by state',
		path: '/provider/feedback?state=open&q=anna',
		viewer: 'tom',
		status: 200
	},
	{ name: 'reports filtered', path: '/provider/reports?state=none', viewer: 'lea', status: 200 }
];

export async function resolvePath(entry: PageEntry, page: Page): Promise<string> {
	return typeof entry.path === 'string' ? entry.path : entry.path(page);
}
