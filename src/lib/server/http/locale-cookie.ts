import type { Cookies } from '@sveltejs/kit';
import { cookieName } from '$lib/paraglide/runtime';
import type { Actor } from '../access';
import { saveOwnLocale } from '$lib/server/users/service';

/**
 * Remembers the language for 400 days (the longest browsers keep a cookie). Not
 * HttpOnly: the browser's copy of paraglide reads it to render the same language.
 */
export function setLocaleCookie(cookies: Cookies, locale: string): void {
	cookies.set(cookieName, locale, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		maxAge: 60 * 60 * 24 * 400
	});
}

export function localeCookie(cookies: Cookies): string | undefined {
	return cookies.get(cookieName);
}

/** A language the person chose (switch or settings): for this browser, and for their account. */
export async function rememberLocaleChoice(
	cookies: Cookies,
	actor: Actor | null,
	locale: string
): Promise<void> {
	setLocaleCookie(cookies, locale);
	if (actor) await saveOwnLocale(actor, locale);
}
