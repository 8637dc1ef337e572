import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	cookieNames,
	deleteSessionCookie,
	readDeviceTokens,
	setDeviceCookie,
	setSessionCookie,
	type CookieEvent
} from './cookies';
import { generateSessionToken } from './session';

type Options = Parameters<Cookies['set']>[2];

/** A cookie jar that remembers what was set, as SvelteKit's would send it. */
function jar(
	url: string,
	sent: Record<string, string> = {}
): CookieEvent & { written: Map<string, { value: string; options: Options }> } {
	const written = new Map<string, { value: string; options: Options }>();
	const cookies = {
		get: (name: string) => sent[name],
		set: (name: string, value: string, options: Options) =>
			void written.set(name, { value, options }),
		delete: (name: string, options: Options) =>
			void written.set(name, { value: '', options: { ...options, maxAge: 0 } })
	} as unknown as Cookies;
	return { cookies, url: new URL(url), written };
}

describe('cookie names', () => {
	it('uses the __Host- prefix on https and plain names on http://localhost', () => {
		expect(cookieNames(new URL('https://portal.example.org/start'))).toEqual({
			session: '__Host-session',
			device: '__Host-device'
		});
		expect(cookieNames(new URL('http://localhost:3000/start'))).toEqual({
			session: 'session',
			device: 'device'
		});
	});

	it('sets the https session cookie as __Host- requires: Secure, Path=/, no Domain, and HttpOnly', () => {
		const event = jar('https://portal.example.org/login');
		const expires = new Date('2026-12-15T10:00:00Z');
		setSessionCookie(event, 'token', expires);
		expect(event.written.get('__Host-session')).toEqual({
			value: 'token',
			options: { path: '/', httpOnly: true, secure: true, sameSite: 'lax', expires }
		});
		deleteSessionCookie(event);
		expect(event.written.get('__Host-session')?.options).toMatchObject({
			path: '/',
			secure: true,
			maxAge: 0
		});
	});

	it('leaves Secure to SvelteKit on http, which drops it only for localhost', () => {
		const event = jar('http://localhost:4173/login');
		setSessionCookie(event, 'token', new Date('2026-12-15T10:00:00Z'));
		const options = event.written.get('session')?.options;
		expect(options).toMatchObject({ path: '/', httpOnly: true, sameSite: 'lax' });
		expect(options).not.toHaveProperty('secure');
		expect(options).not.toHaveProperty('domain');
	});

	it('keeps the device cookie for 180 days, HttpOnly and SameSite=Strict', () => {
		const event = jar('https://portal.example.org/login');
		const now = new Date('2026-12-01T10:00:00Z');
		const tokens = [generateSessionToken(), generateSessionToken()];
		setDeviceCookie(event, tokens, now);
		expect(event.written.get('__Host-device')).toEqual({
			value: tokens.join('.'),
			options: {
				path: '/',
				httpOnly: true,
				secure: true,
				sameSite: 'strict',
				expires: new Date('2027-05-30T10:00:00Z')
			}
		});
	});

	it('reads only well-formed device tokens, and at most 5', () => {
		const tokens = Array.from({ length: 7 }, () => generateSessionToken());
		expect(
			readDeviceTokens(
				jar('https://portal.example.org/login', { '__Host-device': tokens.join('.') })
			)
		).toEqual(tokens.slice(0, 5));
		expect(
			readDeviceTokens(
				jar('https://portal.example.org/login', { '__Host-device': `x";<script>.${tokens[0]}` })
			)
		).toEqual([tokens[0]]);
		// The plain name is not read on https, so an http page cannot plant it.
		expect(
			readDeviceTokens(jar('https://portal.example.org/login', { device: tokens[0]! }))
		).toEqual([]);
		expect(readDeviceTokens(jar('http://localhost/login'))).toEqual([]);
	});
});
