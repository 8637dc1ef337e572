import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import {
	extractLocaleFromRequest,
	getTextDirection,
	locales,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '$lib/paraglide/runtime';
import { routeAccess, signInPath } from '$lib/server/access';
import { deleteSessionCookie, readSessionToken, setSessionCookie } from '$lib/server/auth/cookies';
import { validateSessionToken } from '$lib/server/auth/session';
import { connect } from '$lib/server/db';
import { seedDemoData, seedTestParticipants } from '$lib/server/db/demo-data';
import { scheduleCleanUp } from '$lib/server/housekeeping';
import { chainHandles } from '$lib/server/http/handle-chain';
import { maxBodyBytes } from '$lib/server/http/limits';
import { displaySettingsFrom } from '$lib/server/http/display-settings';
import { localeCookie, setLocaleCookie } from '$lib/server/http/locale-cookie';
import { plainRefusal, signInResponse, writeLimitedResponse } from '$lib/server/http/refusals';
import { applySecurityHeaders } from '$lib/server/http/security-headers';
import { logSecurityEvent } from '$lib/server/security-log';
import { takeWriteTurn } from '$lib/server/write-limit';

export const init: ServerInit = async () => {
	// Migrations, catalogue and demo data are ready before the first request.
	await connect();
	if (process.env.DEMO_DATA === '1') {
		await seedDemoData();
		// Tests only, and only beside the demo accounts, whose passwords are just as public.
		if (process.env.TEST_PARTICIPANTS)
			await seedTestParticipants(process.env.TEST_PARTICIPANTS.split(',').filter(Boolean));
	}
	scheduleCleanUp();
};

/**
 * Refuses very large bodies before anything reads them; no form of ours comes near this.
 * (Bodies without a length are cut off by adapter-node's BODY_SIZE_LIMIT.)
 */
const handleBodyLimit: Handle = async ({ event, resolve }) => {
	const length = Number(event.request.headers.get('content-length') ?? '0');
	if (Number.isFinite(length) && length > maxBodyBytes)
		return plainRefusal(413, m.error_413_title(), m.error_413_text());
	return resolve(event);
};

/**
 * What paraglide's own middleware does for the cookie strategy, without its copy of every
 * request (two `Request` objects and a teed body each time, a few per cent of a page view):
 * the language is read from the request, and the messages find it in this request's store.
 */
const localeStore = new AsyncLocalStorage<{ locale?: Locale; origin?: string }>();
overwriteServerAsyncLocalStorage(localeStore);

/** Asked of Intl once per language, not on every page (it builds an Intl.Locale each time). */
const textDirections = new Map(locales.map((locale) => [locale, getTextDirection(locale)]));

/**
 * The language and the display settings go onto <html> on the server (the <html> line of
 * app.html), so the first paint is already right and nothing needs JavaScript. Text size
 * and contrast come from cookies and are checked, so a bad cookie cannot inject markup. One
 * pass over the page does both.
 */
const handleLocaleAndDisplay: Handle = ({ event, resolve }) => {
	const locale = extractLocaleFromRequest(event.request);
	const display = displaySettingsFrom(event.cookies);
	event.locals.display = display;
	// No `messageCalls`: only paraglide's own middleware reads them, and we do not use it.
	const store = { locale, origin: event.url.origin };
	return localeStore.run(store, () => {
		// Pin the negotiated language in the cookie, so the browser's copy of the
		// runtime picks the same language as the server did.
		if (localeCookie(event.cookies) !== locale) setLocaleCookie(event.cookies, locale);
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				// Only the <html> tag holds the placeholders: the rest of the page is not copied.
				const end = html.indexOf('>', html.indexOf('<html')) + 1;
				if (end === 0) return html;
				return (
					html
						.slice(0, end)
						.replace('%paraglide.lang%', locale)
						.replace('%paraglide.dir%', textDirections.get(locale) ?? getTextDirection(locale))
						.replace('%display.text-size%', display.textSize)
						.replace('%display.contrast%', display.contrast) + html.slice(end)
				);
			}
		});
	});
};

const handleSession: Handle = async ({ event, resolve }) => {
	const token = readSessionToken(event);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		// The address is only read when a session ends and the security log needs it.
		const facts = {
			get ip() {
				return event.getClientAddress();
			}
		};
		const { session, user } = await validateSessionToken(token, new Date(), facts);
		if (session) {
			// The cookie expires with the idle limit, so it is sent again whenever that moves.
			if (session.renewed) setSessionCookie(event, token, session.expiresAt);
			event.locals.user = user;
			event.locals.session = session;
		} else {
			// Unknown, expired or malformed: treat as signed out and clear it.
			deleteSessionCookie(event);
		}
	}
	return resolve(event);
};

/**
 * Pages check access in their group's layout, so a refusal renders the friendly error
 * page. Form actions and script requests are refused here, as responses rather than thrown
 * errors, so they pass back through handleSecurity like every other answer. A browser that opens a GET
 * endpoint directly passes as a page view, so endpoints also call requireRole themselves.
 */
const handleRouteAccess: Handle = async ({ event, resolve }) => {
	const access = routeAccess(event.route.id, event.locals.user);
	if (access === 'sign-in') return signInResponse(event, signInPath(event.url));
	const isPageView =
		(event.request.method === 'GET' || event.request.method === 'HEAD') &&
		(event.isDataRequest || (event.request.headers.get('accept') ?? '').includes('text/html'));
	if (access === 'forbidden' && !isPageView)
		return plainRefusal(403, m.error_403_title(), m.error_403_text());
	return resolve(event);
};

/** Who and where, for the security log; never the address itself, which may hold a token. */
function requestFacts(event: RequestEvent) {
	return {
		userId: event.locals.user?.id ?? null,
		role: event.locals.user?.role ?? null,
		ip: event.getClientAddress(),
		method: event.request.method,
		route: event.route.id
	};
}

/** Signing out must always work, however busy the account was. */
const unlimitedRoutes: ReadonlySet<string> = new Set(['/logout']);

/**
 * Form posts of a signed-in person count against the write limit (a person filling in forms
 * never reaches it). Runs after the session is known and before any action writes.
 */
const handleWriteLimit: Handle = async ({ event, resolve }) => {
	const isWrite = event.request.method !== 'GET' && event.request.method !== 'HEAD';
	const user = event.locals.user;
	if (
		isWrite &&
		user &&
		!unlimitedRoutes.has(event.route.id ?? '') &&
		!(await takeWriteTurn(user.id))
	) {
		logSecurityEvent('write-limited', requestFacts(event));
		return writeLimitedResponse(event.request);
	}
	return resolve(event);
};

/** Status codes that refuse access: signed out, not allowed, or hidden behind "not found". */
const refusals: ReadonlySet<number> = new Set([401, 403, 404]);

/**
 * The outermost layer: every answer gets the security headers, and every refusal on a real
 * route goes into the security log (404s there are how the portal hides other people's data).
 */
const handleSecurity: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (refusals.has(response.status) && event.route.id) {
		logSecurityEvent('access-refused', { ...requestFacts(event), status: response.status });
	}
	const https = event.url.protocol === 'https:';
	try {
		applySecurityHeaders(response.headers, { https });
		return response;
	} catch {
		// Some responses (a fetched one, passed on) have read-only headers: answer with a copy.
		const copy = new Response(response.body, response);
		applySecurityHeaders(copy.headers, { https });
		return copy;
	}
};

export const handle = chainHandles(
	handleSecurity,
	handleLocaleAndDisplay,
	handleBodyLimit,
	handleSession,
	handleWriteLimit,
	handleRouteAccess
);
