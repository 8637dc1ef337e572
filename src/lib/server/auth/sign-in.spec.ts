import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '$lib/server/db';
import { insertUser } from '$lib/server/users/service';
import { ipLimit } from './rate-limit';
import { signIn, type SignInResult } from './sign-in';
import { securityLogLines } from '$test/security-log';

// Counts how many attempts reach the (on purpose slow) password check.
const passwordChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock('./password', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./password')>();
	return {
		...actual,
		verifyPassword: (hash: string, password: string) => {
			passwordChecks.count++;
			return actual.verifyPassword(hash, password);
		},
		verifyAgainstDummy: (password: string) => {
			passwordChecks.count++;
			return actual.verifyAgainstDummy(password);
		}
	};
});

const accounts = ['fiona', 'greta', 'hilde', 'ida', 'jana', 'karl', 'lena', 'mona'];

beforeAll(async () => {
	for (const username of accounts) {
		await insertUser(await getDb(), {
			username,
			displayName: `${username} Test`,
			role: 'trainer',
			providerId: null,
			password: `${username}-password`
		});
	}
});

beforeEach(() => {
	passwordChecks.count = 0;
});

const minuteMs = 60_000;

function tooMany(result: SignInResult): boolean {
	return !result.ok && result.reason === 'too-many-attempts';
}

/** Signs in right, as a browser would the first time, and returns its device cookie's tokens. */
async function trustedBrowser(username: string, ip: string, now: Date): Promise<string[]> {
	const result = await signIn({ username, password: `${username}-password`, ip, now });
	if (!result.ok) throw new Error(`${username} could not sign in`);
	return result.deviceTokens;
}

describe('signIn', () => {
	it('signs in with the right name and password, ignoring case and spaces in the name', async () => {
		const result = await signIn({
			username: '  Fiona ',
			password: 'fiona-password',
			ip: '127.0.0.1'
		});
		expect(result).toMatchObject({ ok: true, role: 'trainer' });
		expect(securityLogLines().at(-1)).toMatchObject({
			event: 'sign-in',
			username: 'fiona',
			role: 'trainer',
			ip: '127.0.0.1'
		});
	});

	it('gives the same answer for a wrong password and an unknown name, and logs both without the password', async () => {
		const wrongPassword = await signIn({
			username: 'fiona',
			password: 'nope-secret',
			ip: '127.0.0.2'
		});
		const unknownName = await signIn({
			username: 'nobody-here',
			password: 'nope-secret',
			ip: '127.0.0.2'
		});
		expect(wrongPassword).toEqual({ ok: false, reason: 'wrong-credentials' });
		expect(unknownName).toEqual(wrongPassword);
		const failures = securityLogLines()
			.filter((line) => line.event === 'sign-in-failed')
			.slice(-2);
		expect(failures).toMatchObject([
			{ username: 'fiona', reason: 'wrong-credentials', ip: '127.0.0.2', level: 'warn' },
			{ username: 'nobody-here', reason: 'wrong-credentials' }
		]);
		expect(JSON.stringify(securityLogLines())).not.toContain('nope-secret');
	});

	it('refuses even the right password while the account waits', async () => {
		const now = new Date();
		for (let attempt = 0; attempt < 5; attempt++)
			await signIn({ username: 'greta', password: 'wrong', ip: '127.0.0.3', now });
		const result = await signIn({
			username: 'greta',
			password: 'greta-password',
			ip: '127.0.0.3',
			now
		});
		expect(result).toEqual({ ok: false, reason: 'too-many-attempts', waitMs: 15 * minuteMs });
		expect(securityLogLines().at(-1)).toMatchObject({
			event: 'sign-in-locked',
			username: 'greta',
			reason: 'account'
		});
	});

	it('lets at most 5 of 26 parallel attempts reach the password check', async () => {
		const now = new Date('2026-12-01T10:00:00Z');
		const attempts = [
			...Array.from({ length: 25 }, (_, index) => ({
				username: 'hilde',
				password: `wrong-${index}`,
				ip: '127.0.0.4',
				now
			})),
			{ username: 'hilde', password: 'hilde-password', ip: '127.0.0.4', now }
		];
		const results = await Promise.all(attempts.map((attempt) => signIn(attempt)));
		// Exactly the limit: no more got through, and the count shows the check was watched at all.
		expect(passwordChecks.count).toBe(5);
		expect(results.filter(tooMany)).toHaveLength(21);
		// The right password came last, after the limit was used up: it did not get in.
		expect(results.at(-1)).toMatchObject({ ok: false, reason: 'too-many-attempts' });
	});
});

describe('device cookies', () => {
	it('gives a browser a device cookie after a successful sign-in, and a new one each time', async () => {
		const now = new Date('2026-12-02T10:00:00Z');
		const first = await trustedBrowser('ida', '10.4.0.1', now);
		expect(first).toHaveLength(1);
		const again = await signIn({
			username: 'ida',
			password: 'ida-password',
			ip: '10.4.0.1',
			deviceTokens: first,
			now
		});
		expect(again.ok && again.deviceTokens).toHaveLength(1);
		expect(again.ok && again.deviceTokens[0]).not.toBe(first[0]);
		expect(securityLogLines().at(-1)).toMatchObject({ event: 'sign-in', reason: 'trusted-device' });
		// The replaced token is no longer trusted.
		for (let attempt = 0; attempt < 5; attempt++)
			await signIn({ username: 'ida', password: 'wrong', ip: '10.4.0.2', now });
		const withOld = await signIn({
			username: 'ida',
			password: 'ida-password',
			ip: '10.4.0.1',
			deviceTokens: first,
			now
		});
		expect(withOld).toMatchObject({ ok: false, reason: 'too-many-attempts' });
	});

	it('keeps a browser with a device cookie signing in while 5 failures from elsewhere make others wait', async () => {
		const now = new Date('2026-12-03T10:00:00Z');
		const mine = await trustedBrowser('jana', '10.5.0.1', now);
		for (let attempt = 0; attempt < 5; attempt++) {
			expect(
				await signIn({ username: 'jana', password: `guess-${attempt}`, ip: '10.6.0.1', now })
			).toEqual({ ok: false, reason: 'wrong-credentials' });
		}
		// A browser without the cookie waits, even with the right password …
		expect(
			await signIn({ username: 'jana', password: 'jana-password', ip: '10.5.0.1', now })
		).toMatchObject({ reason: 'too-many-attempts' });
		// … the person's own browser does not.
		expect(
			await signIn({
				username: 'jana',
				password: 'jana-password',
				ip: '10.5.0.1',
				deviceTokens: mine,
				now
			})
		).toMatchObject({ ok: true });
		// And its success gives the strangers no fresh tries.
		expect(
			await signIn({ username: 'jana', password: 'guess-6', ip: '10.6.0.1', now })
		).toMatchObject({ reason: 'too-many-attempts' });
	});

	it('keeps a browser with a device cookie signing in while 30 failures come from its address', async () => {
		const now = new Date('2026-12-04T10:00:00Z');
		const workshop = '10.7.0.1';
		const mine = await trustedBrowser('karl', workshop, now);
		for (let attempt = 0; attempt < ipLimit.maxFailures; attempt++) {
			await signIn({ username: `guess-${attempt % 6}`, password: 'wrong', ip: workshop, now });
		}
		expect(
			await signIn({ username: 'lena', password: 'lena-password', ip: workshop, now })
		).toMatchObject({ reason: 'too-many-attempts' });
		expect(securityLogLines().at(-1)).toMatchObject({ event: 'sign-in-locked', reason: 'address' });
		expect(
			await signIn({
				username: 'karl',
				password: 'karl-password',
				ip: workshop,
				deviceTokens: mine,
				now
			})
		).toMatchObject({ ok: true });
	});

	it('trusts a device only for the account it signed in, and keeps tokens for several accounts', async () => {
		const now = new Date('2026-12-05T10:00:00Z');
		const shared = await trustedBrowser('fiona', '10.8.0.1', now);
		for (let attempt = 0; attempt < 5; attempt++)
			await signIn({ username: 'lena', password: 'wrong', ip: '10.8.0.2', now });
		// Fiona's token does not help Lena …
		expect(
			await signIn({
				username: 'lena',
				password: 'lena-password',
				ip: '10.8.0.1',
				deviceTokens: shared,
				now
			})
		).toMatchObject({ reason: 'too-many-attempts' });
		// … and a later sign-in of another account keeps Fiona's token beside its own.
		const later = new Date(now.getTime() + 20 * minuteMs);
		const both = await signIn({
			username: 'lena',
			password: 'lena-password',
			ip: '10.8.0.1',
			deviceTokens: shared,
			now: later
		});
		expect(both.ok && both.deviceTokens).toHaveLength(2);
		expect(both.ok && both.deviceTokens).toContain(shared[0]);
	});

	it('has its own limit: 5 wrong passwords make the device wait', async () => {
		const now = new Date('2026-12-06T10:00:00Z');
		const mine = await trustedBrowser('mona', '10.9.0.1', new Date(now.getTime() - 60 * minuteMs));
		for (let attempt = 0; attempt < 5; attempt++)
			await signIn({
				username: 'mona',
				password: 'wrong',
				ip: '10.9.0.1',
				deviceTokens: mine,
				now
			});
		expect(
			await signIn({
				username: 'mona',
				password: 'mona-password',
				ip: '10.9.0.1',
				deviceTokens: mine,
				now
			})
		).toMatchObject({ reason: 'too-many-attempts' });
		expect(securityLogLines().at(-1)).toMatchObject({ event: 'sign-in-locked', reason: 'device' });
		// The device's failures did not lock the account for anyone else.
		expect(
			await signIn({ username: 'mona', password: 'mona-password', ip: '10.9.0.2', now })
		).toMatchObject({ ok: true });
	});
});
