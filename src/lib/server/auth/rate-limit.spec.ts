import { describe, expect, it } from 'vitest';
import {
	accountLimit,
	clearFailedSignIns,
	deleteOldSignInFailures,
	ipLimit,
	recordFailedSignIn,
	signInWait,
	waitFor
} from './rate-limit';

const minuteMs = 60_000;
const t0 = new Date('2026-05-04T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * minuteMs);

describe('waitFor', () => {
	it('lets people try while they are under the limit', () => {
		expect(waitFor(4, t0, accountLimit, at(1))).toBe(0);
		expect(waitFor(0, null, accountLimit, at(1))).toBe(0);
	});

	it('waits until the oldest failure leaves the window', () => {
		expect(waitFor(5, t0, accountLimit, at(3))).toBe(12 * minuteMs);
		expect(waitFor(5, t0, accountLimit, at(15))).toBe(0);
	});
});

describe('sign-in rate limit', () => {
	it('makes an account wait after 5 failures within 15 minutes', async () => {
		for (let minute = 0; minute < 4; minute++) await recordFailedSignIn('Carla', '10.0.0.1', at(minute));
		expect(await signInWait('carla', '10.0.0.1', at(4))).toBe(0);
		await recordFailedSignIn('carla', '10.0.0.2', at(4));
		// The account is limited whatever address it is tried from.
		expect(await signInWait('CARLA', '10.0.0.3', at(5))).toBe(10 * minuteMs);
		expect(await signInWait('carla', '10.0.0.3', at(15))).toBe(0);
	});

	it('forgives earlier failures after a successful sign-in', async () => {
		for (let minute = 0; minute < 5; minute++) await recordFailedSignIn('dora', '10.0.1.1', at(minute));
		expect(await signInWait('dora', '10.0.1.1', at(5))).toBeGreaterThan(0);
		await clearFailedSignIns('dora');
		expect(await signInWait('dora', '10.0.1.1', at(5))).toBe(0);
	});

	it('limits one address that tries many accounts', async () => {
		for (let index = 0; index < ipLimit.maxFailures; index++) {
			await recordFailedSignIn(`guess-${index}`, '10.9.9.9', at(0));
		}
		expect(await signInWait('someone-new', '10.9.9.9', at(1))).toBe(14 * minuteMs);
		expect(await signInWait('someone-new', '10.9.9.10', at(1))).toBe(0);
	});

	it('drops failures that can no longer count', async () => {
		for (let minute = 0; minute < 5; minute++) await recordFailedSignIn('emil', '10.0.2.1', at(minute));
		await deleteOldSignInFailures(at(60));
		expect(await signInWait('emil', '10.0.2.1', at(5))).toBe(0);
	});
});
