import { error, redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { m } from '$lib/paraglide/messages.js';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getTextDirection } from '$lib/paraglide/runtime';
import { routeAccess, signInPath } from '$lib/server/access';
import { deleteSessionCookie, readSessionToken, setSessionCookie } from '$lib/server/auth/cookies';
import { validateSessionToken } from '$lib/server/auth/session';
import { connect } from '$lib/server/db';
import { seedDemoData, seedTestParticipants } from '$lib/server/db/demo-data';
import { scheduleCleanUp } from '$lib/server/housekeeping';
import { maxBodyBytes } from '$lib/server/limits';
import { displaySettingsFrom } from '$lib/server/display-settings';
import { localeCookie, setLocaleCookie } from '$lib/server/locale-cookie';

export const init: ServerInit = async () => {
	// Migrations, catalogue and demo data are ready before the first request.
	await connect();
	if (process.env.DEMO_DATA === '1') {
		await seedDemoData();
		// Tests only, and only beside the demo accounts, whose passwords are just as public.
		if (process.env.TEST_PARTICIPANTS) await seedTestParticipants(process.env.TEST_PARTICIPANTS.split(',').filter(Boolean));
	}
	scheduleCleanUp();
};

/**
 * Refuses very large bodies before anything reads them; no form of ours comes near this.
 * (Bodies without a length are cut off by adapter-node's BODY_SIZE_LIMIT.)
 */
const handleBodyLimit: Handle = async ({ event, resolve }) => {
	const length = Number(event.request.headers.get('content-length') ?? '0');
	if (Number.isFinite(length) && length > maxBodyBytes) {
		return new Response(`${m.error_413_title()}\n${m.error_413_text()}\n`, {
			status: 413,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		// Pin the negotiated language in the cookie, so the browser's copy of the
		// runtime picks the same language as the server did.
		if (localeCookie(event.cookies) !== locale) setLocaleCookie(event.cookies, locale);
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale))
		});
	});

/**
 * Text size and contrast go onto <html> on the server, so the first paint is already right
 * and nothing needs JavaScript. The values are checked, so a bad cookie cannot inject markup.
 */
const handleDisplaySettings: Handle = ({ event, resolve }) => {
	const display = displaySettingsFrom(event.cookies);
	event.locals.display = display;
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%display.text-size%', display.textSize).replace('%display.contrast%', display.contrast)
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
 * page. Form actions and script requests are refused here. A browser that opens a GET
 * endpoint directly passes as a page view, so endpoints also call requireRole themselves.
 */
const handleRouteAccess: Handle = async ({ event, resolve }) => {
	const access = routeAccess(event.route.id, event.locals.user);
	if (access === 'sign-in') redirect(303, signInPath(event.url));
	const isPageView =
		(event.request.method === 'GET' || event.request.method === 'HEAD') &&
		(event.isDataRequest || (event.request.headers.get('accept') ?? '').includes('text/html'));
	if (access === 'forbidden' && !isPageView) error(403, 'Forbidden');
	return resolve(event);
};

export const handle = sequence(handleLocale, handleDisplaySettings, handleBodyLimit, handleSession, handleRouteAccess);
