import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { Role } from '$lib/domain/roles';
import { isLocale } from '$lib/paraglide/runtime';
import { savedLocaleOf } from '$lib/server/users/service';
import { setLocaleCookie } from '../http/locale-cookie';
import { deviceTrustMs, formatDeviceCookie, parseDeviceCookie } from './device';
import { createSession, generateSessionToken, type RequestFacts } from './session';

/** The part of a request the cookies need: where it was sent (adapter-node builds it from ORIGIN) and its jar. */
export type CookieEvent = Pick<RequestEvent, 'cookies' | 'url'>;

export interface CookieNames {
	session: string;
	device: string;
}

/**
 * The one place that names the cookies. On https they carry the __Host- prefix: browsers then
 * take them only with Secure, Path=/ and no Domain, so neither a neighbouring subdomain nor a
 * plain-http page can plant or overwrite them. On http://localhost (development and tests)
 * browsers refuse Secure, and with it the prefix, so the plain names are used there.
 */
export function cookieNames(url: URL): CookieNames {
	return url.protocol === 'https:'
		? { session: '__Host-session', device: '__Host-device' }
		: { session: 'session', device: 'device' };
}

/**
 * HttpOnly always. Secure on https; elsewhere SvelteKit's default holds (Secure everywhere but
 * http://localhost). No Domain, ever.
 */
function baseOptions(url: URL): Parameters<Cookies['set']>[2] {
	return { path: '/', httpOnly: true, ...(url.protocol === 'https:' ? { secure: true } : {}) };
}

export function readSessionToken(event: CookieEvent): string | undefined {
	return event.cookies.get(cookieNames(event.url).session);
}

/** SameSite=Lax, so a link from an e-mail or another site opens the portal signed in. */
export function setSessionCookie(event: CookieEvent, token: string, expiresAt: Date): void {
	event.cookies.set(cookieNames(event.url).session, token, {
		...baseOptions(event.url),
		sameSite: 'lax',
		expires: expiresAt
	});
}

export function deleteSessionCookie(event: CookieEvent): void {
	event.cookies.delete(cookieNames(event.url).session, {
		...baseOptions(event.url),
		sameSite: 'lax'
	});
}

/** Signs the account in on this browser; the session the request came with ends. */
export async function startSession(
	event: CookieEvent,
	account: { id: string; role: Role },
	replaces: string | null,
	facts: RequestFacts
): Promise<void> {
	const token = generateSessionToken();
	const created = await createSession(token, account, { replaces, facts });
	setSessionCookie(event, token, created.expiresAt);
	// The account's own language wins over the one this browser had, from the first page on.
	const locale = await savedLocaleOf(account.id);
	if (locale && isLocale(locale)) setLocaleCookie(event.cookies, locale);
}

export function readDeviceTokens(event: CookieEvent): string[] {
	return parseDeviceCookie(event.cookies.get(cookieNames(event.url).device));
}

/** SameSite=Strict: only the portal's own login form needs it. */
export function setDeviceCookie(
	event: CookieEvent,
	tokens: readonly string[],
	now: Date = new Date()
): void {
	event.cookies.set(cookieNames(event.url).device, formatDeviceCookie(tokens), {
		...baseOptions(event.url),
		sameSite: 'strict',
		expires: new Date(now.getTime() + deviceTrustMs)
	});
}
