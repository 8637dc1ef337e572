import { describe, expect, it } from 'vitest';
import {
	accountLimit,
	deleteOldSignInAttempts,
	forgiveSignInAttempts,
	ipLimit,
	reserveSignInAttempt,
	waitFor,
	type SignInAttempt
} from './rate-limit';

const minuteMs = 60_000;
const t0 = new Date('2026-05-04T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * minuteMs);
const stranger = (username: string, ip: string): SignInAttempt => ({
	username,
	ip,
	deviceId: null
});

describe('waitFor', () => {
	it('lets people try while they are under the limit', () => {
		expect(waitFor(4, t0, accountLimit, at(1))).toBe(0);
		expect(waitFor(0, null, accountLimit, at(1))).toBe(0);
	});

	it('waits until the oldest attempt leaves the window', () => {
		expect(waitFor(5, t0, accountLimit, at(3))).toBe(12 * minuteMs);
		expect(waitFor(5, t0, accountLimit, at(15))).toBe(0);
	});
});

describe('reserveSignInAttempt', () => {
	it('makes an account wait after 5 attempts within 15 minutes, from any address', async () => {
		for (let minute = 0; minute < 4; minute++) {
			expect(await reserveSignInAttempt(stranger('Carla', `10.0.0.${minute}`), at(minute))).toEqual(
				{ ok: true }
			);
		}
		expect(await reserveSignInAttempt(stranger('carla', '10.0.0.9'), at(4))).toEqual({ ok: true });
		expect(await reserveSignInAttempt(stranger('CARLA', '10.0.0.10'), at(5))).toEqual({
			ok: false,
			limit: 'account',
			waitMs: 10 * minuteMs
		});
		expect(await reserveSignInAttempt(stranger('carla', '10.0.0.10'), at(15))).toEqual({
			ok: true
		});
	});

	it('does not count a refused attempt, so waiting ends when the window moves on', async () => {
		for (let minute = 0; minute < 5; minute++)
			await reserveSignInAttempt(stranger('clara', '10.0.3.1'), at(minute));
		for (let again = 0; again < 10; again++)
			expect((await reserveSignInAttempt(stranger('clara', '10.0.3.1'), at(6))).ok).toBe(false);
		expect((await reserveSignInAttempt(stranger('clara', '10.0.3.1'), at(15))).ok).toBe(true);
	});

	it('forgives the account’s attempts after a successful sign-in', async () => {
		for (let minute = 0; minute < 5; minute++)
			await reserveSignInAttempt(stranger('dora', '10.0.1.1'), at(minute));
		expect((await reserveSignInAttempt(stranger('dora', '10.0.1.1'), at(5))).ok).toBe(false);
		await forgiveSignInAttempts('Dora', null);
		expect((await reserveSignInAttempt(stranger('dora', '10.0.1.1'), at(5))).ok).toBe(true);
	});

	it('limits one address that tries many accounts', async () => {
		for (let index = 0; index < ipLimit.maxFailures; index++) {
			await reserveSignInAttempt(stranger(`guess-${index}`, '10.9.9.9'), at(0));
		}
		expect(await reserveSignInAttempt(stranger('someone-new', '10.9.9.9'), at(1))).toEqual({
			ok: false,
			limit: 'address',
			waitMs: 14 * minuteMs
		});
		expect((await reserveSignInAttempt(stranger('someone-new', '10.9.9.10'), at(1))).ok).toBe(true);
	});

	it('counts a trusted device only against itself, and strangers never against it', async () => {
		const device = { username: 'erika', ip: '10.0.4.1', deviceId: 'device-of-erika' };
		// Strangers lock the account and the address …
		for (let index = 0; index < ipLimit.maxFailures; index++)
			await reserveSignInAttempt(
				stranger(index < 5 ? 'erika' : `other-${index}`, '10.0.4.1'),
				at(0)
			);
		expect((await reserveSignInAttempt(stranger('erika', '10.0.4.2'), at(1))).ok).toBe(false);
		expect((await reserveSignInAttempt(stranger('fritz', '10.0.4.1'), at(1))).ok).toBe(false);
		// … but not the trusted device, which has 5 tries of its own.
		for (let index = 0; index < 5; index++)
			expect(await reserveSignInAttempt(device, at(1))).toEqual({ ok: true });
		expect(await reserveSignInAttempt(device, at(2))).toEqual({
			ok: false,
			limit: 'device',
			waitMs: 14 * minuteMs
		});
		// Forgiving the device's attempts leaves the strangers' in place.
		await forgiveSignInAttempts('erika', device.deviceId);
		expect((await reserveSignInAttempt(device, at(2))).ok).toBe(true);
		expect((await reserveSignInAttempt(stranger('erika', '10.0.4.3'), at(2))).ok).toBe(false);
	});

	it('lets a trusted device’s attempts not lock the account for others', async () => {
		const device = { username: 'franz', ip: '10.0.5.1', deviceId: 'device-of-franz' };
		for (let index = 0; index < 5; index++) await reserveSignInAttempt(device, at(0));
		expect((await reserveSignInAttempt(device, at(1))).ok).toBe(false);
		expect((await reserveSignInAttempt(stranger('franz', '10.0.5.2'), at(1))).ok).toBe(true);
	});

	it('lets only the limit through when attempts arrive all at once', async () => {
		const results = await Promise.all(
			Array.from({ length: 20 }, () => reserveSignInAttempt(stranger('greta', '10.0.6.1'), at(0)))
		);
		expect(results.filter((result) => result.ok)).toHaveLength(accountLimit.maxFailures);
	});

	it('drops attempts that can no longer count', async () => {
		for (let minute = 0; minute < 5; minute++)
			await reserveSignInAttempt(stranger('emil', '10.0.2.1'), at(minute));
		await deleteOldSignInAttempts(at(60));
		expect((await reserveSignInAttempt(stranger('emil', '10.0.2.1'), at(5))).ok).toBe(true);
	});
});
