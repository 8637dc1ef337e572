import type { Cookies } from '@sveltejs/kit';
import { createSession, generateSessionToken, sessionCookieName } from './session';

/**
 * HttpOnly and SameSite=Lax always; SvelteKit adds Secure on every origin but
 * http://localhost, where browsers would refuse it.
 */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax' });
}

export async function startSession(cookies: Cookies, userId: string): Promise<void> {
	const token = generateSessionToken();
	const created = await createSession(token, userId);
	setSessionCookie(cookies, token, created.expiresAt);
}
