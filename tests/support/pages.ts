import type { Username } from './accounts';

/**
 * Every page of the portal, with who sees it. The accessibility suite visits each entry
 * for each viewer in each language; pages.spec.ts fails when a page in src/routes is
 * missing here, so a new page cannot be left out of the checks.
 */
export interface PageEntry {
	/** The SvelteKit route id, e.g. "/(participant)/start". */
	route: string;
	/** A real address for the route (dynamic routes need a sample). */
	path: string;
	/** null stands for "signed out". */
	viewers: (Username | null)[];
}

const everybody: (Username | null)[] = [null, 'anna', 'tom', 'lea', 'admin'];

export const pages: PageEntry[] = [
	{ route: '/login', path: '/login', viewers: [null] },
	{ route: '/help', path: '/help', viewers: everybody },
	{ route: '/modules', path: '/modules', viewers: [null, 'anna'] },
	{ route: '/(participant)/start', path: '/start', viewers: ['anna', 'ben'] },
	{ route: '/(participant)/goals', path: '/goals', viewers: ['anna'] },
	{ route: '/(participant)/hours', path: '/hours', viewers: ['anna'] },
	{ route: '/(participant)/feedback', path: '/feedback', viewers: ['anna'] },
	{ route: '/(participant)/documents', path: '/documents', viewers: ['anna'] },
	{ route: '/provider', path: '/provider', viewers: ['tom', 'sara', 'lea'] },
	{ route: '/admin', path: '/admin', viewers: ['admin'] }
];

/** States that are not a page of their own but must pass the same checks. */
export const states: { name: string; path: string; viewer: Username | null; status: number }[] = [
	{ name: 'not found', path: '/no-such-page', viewer: null, status: 404 },
	{ name: 'forbidden', path: '/admin', viewer: 'anna', status: 403 }
];
