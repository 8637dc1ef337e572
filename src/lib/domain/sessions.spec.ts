import { describe, expect, it } from 'vitest';
import type { Role } from './roles';
import {
	checkSession,
	freshSignInMs,
	isFreshSignIn,
	deviceNameOf,
	newSessionTimes,
	sessionLimitsFor,
	storedUserAgent,
	userAgentMaxLength
} from './sessions';
import { clockFrom, dayMs, hourMs, minuteMs } from '$test/time';

const start = new Date('2026-12-01T08:00:00Z');
const at = clockFrom(start);

/** A session begun at `start` by `role`, as stored. */
function begun(role: Role) {
	return { ...newSessionTimes(role, start), createdAt: start };
}

/** Uses the session once at each offset, writing down what checkSession asks for. */
function useAt(role: Role, offsets: number[]) {
	let stored = begun(role);
	let last = checkSession(stored, role, start);
	for (const offset of offsets) {
		last = checkSession(stored, role, at(offset));
		if (last.valid && last.touch) stored = { ...stored, ...last.touch };
	}
	return last;
}

describe('session limits by role', () => {
	it('gives participants and trusted persons 14 days idle and 30 days at most', () => {
		for (const role of ['participant', 'trusted_person'] as const) {
			expect(sessionLimitsFor(role)).toEqual({ idleMs: 14 * dayMs, absoluteMs: 30 * dayMs });
		}
	});

	it('gives staff and the administration 2 hours idle and 12 hours at most', () => {
		for (const role of ['trainer', 'lead', 'admin'] as const) {
			expect(sessionLimitsFor(role)).toEqual({ idleMs: 2 * hourMs, absoluteMs: 12 * hourMs });
		}
	});

	it('starts a session with both limits from now', () => {
		expect(newSessionTimes('participant', start)).toEqual({
			expiresAt: at(14 * dayMs),
			absoluteExpiresAt: at(30 * dayMs),
			lastUsedAt: start
		});
		expect(newSessionTimes('lead', start).expiresAt).toEqual(at(2 * hourMs));
	});
});

describe('checkSession', () => {
	it('ends a participant session after 14 days without use', () => {
		expect(checkSession(begun('participant'), 'participant', at(14 * dayMs - 1))).toMatchObject({
			valid: true
		});
		expect(checkSession(begun('participant'), 'participant', at(14 * dayMs))).toEqual({
			valid: false,
			reason: 'idle'
		});
	});

	it('ends a staff session after 2 hours without use', () => {
		expect(checkSession(begun('trainer'), 'trainer', at(2 * hourMs - 1))).toMatchObject({
			valid: true
		});
		expect(checkSession(begun('trainer'), 'trainer', at(2 * hourMs))).toEqual({
			valid: false,
			reason: 'idle'
		});
	});

	it('slides the idle limit with use, but never past the absolute limit', () => {
		// Used every 10 days: the idle limit never runs out, the absolute one does at day 30.
		expect(useAt('participant', [10 * dayMs, 20 * dayMs, 29 * dayMs])).toEqual({
			valid: true,
			expiresAt: at(30 * dayMs),
			touch: { lastUsedAt: at(29 * dayMs), expiresAt: at(30 * dayMs) }
		});
		expect(useAt('participant', [10 * dayMs, 20 * dayMs, 29 * dayMs, 30 * dayMs])).toEqual({
			valid: false,
			reason: 'absolute'
		});
	});

	it('ends a staff session after 12 hours however busy it was', () => {
		const everyHour = Array.from({ length: 11 }, (_, index) => (index + 1) * hourMs);
		expect(useAt('lead', everyHour)).toMatchObject({ valid: true, expiresAt: at(12 * hourMs) });
		expect(useAt('lead', [...everyHour, 12 * hourMs])).toEqual({
			valid: false,
			reason: 'absolute'
		});
	});

	it('refuses a session begun 400 days ago even if it was used today', () => {
		const longAgo = new Date(start.getTime() - 400 * dayMs);
		// As an old row might look if its idle limit had been moved on every use.
		const stored = {
			expiresAt: at(dayMs),
			absoluteExpiresAt: at(dayMs),
			lastUsedAt: start,
			createdAt: longAgo
		};
		expect(checkSession(stored, 'participant', at(hourMs))).toEqual({
			valid: false,
			reason: 'absolute'
		});
	});

	it('ends rows from before the limits existed', () => {
		const stored = {
			expiresAt: at(10 * dayMs),
			absoluteExpiresAt: new Date(0),
			lastUsedAt: new Date(0),
			createdAt: start
		};
		expect(checkSession(stored, 'participant', at(minuteMs))).toEqual({
			valid: false,
			reason: 'absolute'
		});
	});

	it('applies the limits of the role the account has now', () => {
		// Begun as a participant, the account is now staff: 12 hours at most from the start.
		const stored = begun('participant');
		expect(
			checkSession({ ...stored, lastUsedAt: at(11 * hourMs) }, 'lead', at(12 * hourMs))
		).toEqual({
			valid: false,
			reason: 'absolute'
		});
	});

	it('writes down use at most once a minute', () => {
		const stored = begun('participant');
		expect(checkSession(stored, 'participant', at(minuteMs - 1))).toEqual({
			valid: true,
			expiresAt: at(14 * dayMs),
			touch: null
		});
		expect(checkSession(stored, 'participant', at(minuteMs))).toEqual({
			valid: true,
			expiresAt: at(minuteMs + 14 * dayMs),
			touch: { lastUsedAt: at(minuteMs), expiresAt: at(minuteMs + 14 * dayMs) }
		});
	});
});

describe('device names', () => {
	const userAgents = {
		chromeWindows:
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
		edgeWindows:
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
		firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
		safariIphone:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
		chromeAndroid:
			'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
		safariMac:
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
		firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'
	};

	it('names common browsers and systems', () => {
		expect(deviceNameOf(userAgents.chromeWindows)).toEqual({
			browser: 'Chrome',
			system: 'Windows'
		});
		expect(deviceNameOf(userAgents.edgeWindows)).toEqual({ browser: 'Edge', system: 'Windows' });
		expect(deviceNameOf(userAgents.firefoxAndroid)).toEqual({
			browser: 'Firefox',
			system: 'Android'
		});
		expect(deviceNameOf(userAgents.safariIphone)).toEqual({ browser: 'Safari', system: 'iOS' });
		expect(deviceNameOf(userAgents.chromeAndroid)).toEqual({
			browser: 'Chrome',
			system: 'Android'
		});
		expect(deviceNameOf(userAgents.safariMac)).toEqual({ browser: 'Safari', system: 'macOS' });
		expect(deviceNameOf(userAgents.firefoxLinux)).toEqual({ browser: 'Firefox', system: 'Linux' });
	});

	it('says nothing it cannot tell', () => {
		expect(deviceNameOf('')).toEqual({ browser: null, system: null });
		expect(deviceNameOf('curl/8.5.0')).toEqual({ browser: null, system: null });
	});

	it('keeps at most 256 characters of a User-Agent', () => {
		expect(storedUserAgent('x'.repeat(1000))).toHaveLength(userAgentMaxLength);
		expect(userAgentMaxLength).toBe(256);
		expect(storedUserAgent(null)).toBe('');
	});
});

describe('isFreshSignIn', () => {
	it('holds for 10 minutes after proving who one is, and not after', () => {
		expect(freshSignInMs).toBe(10 * minuteMs);
		expect(isFreshSignIn(start, start)).toBe(true);
		expect(isFreshSignIn(start, at(9 * minuteMs + 59_000))).toBe(true);
		expect(isFreshSignIn(start, at(10 * minuteMs))).toBe(false);
		expect(isFreshSignIn(start, at(dayMs))).toBe(false);
	});

	it('does not hold for a sign-in time in the future or for rows from before the column (0)', () => {
		expect(isFreshSignIn(at(minuteMs), start)).toBe(false);
		expect(isFreshSignIn(new Date(0), start)).toBe(false);
	});
});
