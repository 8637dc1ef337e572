import {
	expect,
	type APIRequestContext,
	type APIResponse,
	type PlaywrightWorkerArgs
} from '@playwright/test';
import { accounts, testBaseUrl, type Username } from './accounts';

/**
 * The machinery of tests/access-matrix.spec.ts: one API request context per identity (signed
 * in once per worker), plain requests as a browser without JavaScript sends them, and readers
 * for what came back. No page is rendered in a browser, so hundreds of probes stay quick.
 */

/** The identities the matrix tries, in the order of its columns; "out" is signed out. */
export const identities = [
	'out',
	'anna',
	'ben',
	'tom',
	'tim',
	'sara',
	'jo',
	'lea',
	'admin'
] as const satisfies readonly ('out' | Username)[];
export type Identity = (typeof identities)[number];

export const identityNames: Record<Identity, string> = {
	out: 'signed out',
	anna: 'anna (participant A)',
	ben: 'ben (participant B)',
	tom: 'tom (A’s trainer)',
	tim: 'tim (trainer at A’s provider, not A’s)',
	sara: 'sara (trainer of the other provider)',
	jo: 'jo (lead of the other provider)',
	lea: 'lea (lead of A’s provider)',
	admin: 'admin'
};

export function displayName(who: Identity): string | null {
	return who === 'out' ? null : accounts[who].name;
}

/** Signs in through the login form once and hands out a context with that storage state. */
export async function contextFor(
	playwright: PlaywrightWorkerArgs['playwright'],
	who: Identity
): Promise<APIRequestContext> {
	const baseURL = testBaseUrl();
	if (who === 'out') return playwright.request.newContext({ baseURL });
	const signingIn = await playwright.request.newContext({ baseURL });
	const response = await signingIn.post('/login', {
		form: { username: who, password: accounts[who].password },
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `${who} signs in`).toBe(303);
	expect(response.headers()['location'], `${who} lands on their home page`).toBe(
		accounts[who].home
	);
	const storageState = await signingIn.storageState();
	await signingIn.dispose();
	return playwright.request.newContext({ baseURL, storageState });
}

/** One answer of the server, read once. */
export interface Answer {
	url: string;
	status: number;
	location: string | null;
	body: string;
}

async function read(response: APIResponse): Promise<Answer> {
	return {
		url: response.url(),
		status: response.status(),
		location: response.headers()['location'] ?? null,
		body: await response.text()
	};
}

/** The page's address for SvelteKit's page data: `<path>/__data.json`, with the same query. */
export function dataPathOf(path: string): string {
	const url = new URL(path, 'http://portal.invalid');
	return `${url.pathname.replace(/\/$/, '')}/__data.json${url.search}`;
}

/** GET as the browser opens a page (HTML), and, for pages, the page data a client navigation loads. */
export async function open(
	context: APIRequestContext,
	path: string,
	isPage: boolean
): Promise<{ html: Answer; data: Answer | null }> {
	const html = await read(
		await context.get(path, { headers: { accept: 'text/html' }, maxRedirects: 0 })
	);
	const data = isPage ? await read(await context.get(dataPathOf(path), { maxRedirects: 0 })) : null;
	return { html, data };
}

/** POST a form as a browser without JavaScript sends it: form body, same origin, HTML wanted. */
export async function postForm(
	context: APIRequestContext,
	path: string,
	action: string,
	form: Record<string, string>
): Promise<Answer> {
	const url = action === 'default' ? path : `${path}?/${action}`;
	const answer = await read(
		await context.post(url, {
			form,
			headers: { origin: testBaseUrl(), accept: 'text/html' },
			maxRedirects: 0
		})
	);
	// A refusal by SvelteKit's origin check would make every probe pass for the wrong reason.
	expect(answer.body, `${url}: the post must pass SvelteKit's origin check`).not.toContain(
		'Cross-site POST form submissions are forbidden'
	);
	return answer;
}

const refusalStatuses = [401, 403, 404];

/** 401, 403 or 404, or sent to the login. */
export function isRefusal(answer: Answer): boolean {
	return (
		refusalStatuses.includes(answer.status) ||
		(isRedirect(answer) && (answer.location ?? '').startsWith('/login'))
	);
}

export function isRedirect(answer: Answer): boolean {
	return answer.status >= 300 && answer.status < 400;
}

export type DataOutcome = 'data' | 'redirect' | 'login' | 'refused' | 'error';

/**
 * What SvelteKit's page data says: loaded, a redirect (to the login, or elsewhere), a refusal
 * (an error node of 401, 403 or 404) or another error.
 */
export function dataOutcome(answer: Answer): DataOutcome {
	if (refusalStatuses.includes(answer.status)) return 'refused';
	if (answer.status !== 200) return 'error';
	const json = JSON.parse(answer.body) as {
		type: string;
		location?: string;
		nodes?: ({ type: string; status?: number } | null)[];
	};
	if (json.type === 'redirect')
		return (json.location ?? '').startsWith('/login') ? 'login' : 'redirect';
	if (json.type !== 'data') return 'error';
	const errors = (json.nodes ?? []).filter((node) => node?.type === 'error');
	if (errors.length === 0) return 'data';
	return errors.every((node) => refusalStatuses.includes(node!.status ?? 500))
		? 'refused'
		: 'error';
}

/** The value of a field of the form that posts to `?/action` (the first such form holding `within`). */
export function formField(html: string, action: string, name: string, within?: string): string {
	const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].filter(
		([, attributes, inner]) =>
			attributes!.includes(`action="?/${action}"`) && (!within || inner!.includes(within))
	);
	for (const [, , inner] of forms) {
		for (const [input] of inner!.matchAll(/<input\b[^>]*>/g)) {
			const attributes = Object.fromEntries(
				[...input.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value])
			);
			if (attributes['name'] === name) return attributes['value'] ?? '';
		}
	}
	throw new Error(`No field "${name}" in a form for ?/${action}`);
}

export function berlinDay(offsetDays = 0): string {
	const day = new Date(Date.now() + offsetDays * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(day);
}

export function monthsAhead(months: number): string {
	const [year, month] = berlinDay().split('-').map(Number);
	const first = new Date(Date.UTC(year!, month! - 1 + months, 1));
	return first.toISOString().slice(0, 7);
}
