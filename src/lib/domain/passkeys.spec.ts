import { describe, expect, it } from 'vitest';
import { challengeExpiresAt, challengeLifetimeMs, isChallengeLive } from './passkeys';

describe('WebAuthn challenges', () => {
	const now = new Date('2026-12-01T08:00:00Z');

	it('live for 5 minutes', () => {
		expect(challengeLifetimeMs).toBe(5 * 60_000);
		const expiresAt = challengeExpiresAt(now);
		expect(expiresAt).toEqual(new Date('2026-12-01T08:05:00Z'));
		expect(isChallengeLive({ expiresAt }, new Date('2026-12-01T08:04:59Z'))).toBe(true);
		expect(isChallengeLive({ expiresAt }, new Date('2026-12-01T08:05:00Z'))).toBe(false);
		expect(isChallengeLive({ expiresAt }, new Date('2026-12-01T09:00:00Z'))).toBe(false);
	});
});
