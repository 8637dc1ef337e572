import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from './db';
import { loginAttempt, session, trustedDevice } from './db/schema';
import { insertUser } from '$lib/server/users/service';
import { createSession, generateSessionToken, sessionIdFromToken } from './auth/session';
import { reserveSignInAttempt } from './auth/rate-limit';
import { trustDevice } from './auth/device';
import { cleanUp } from './housekeeping';

describe('cleanUp', () => {
	it('removes expired sessions, expired device trust and old attempts, and keeps live ones', async () => {
		const db = await getDb();
		const userId = await insertUser(db, {
			username: 'hanna',
			displayName: 'Hanna',
			role: 'participant',
			providerId: null,
			password: 'pw'
		});
		const now = new Date('2026-06-01T12:00:00Z');
		const old = generateSessionToken();
		const live = generateSessionToken();
		const account = { id: userId, role: 'participant' as const };
		await createSession(old, account, { now: new Date('2026-01-01T00:00:00Z') });
		await createSession(live, account, { now });
		await trustDevice(userId, [], new Date('2025-06-01T12:00:00Z'));
		const [liveDevice] = await trustDevice(userId, [], now);
		const attempt = { username: 'hanna', ip: '10.1.1.1', deviceId: null };
		await reserveSignInAttempt(attempt, new Date('2026-06-01T10:00:00Z'));
		await reserveSignInAttempt(attempt, new Date('2026-06-01T11:55:00Z'));

		await cleanUp(now);

		const sessions = await db
			.select({ id: session.id })
			.from(session)
			.where(eq(session.userId, userId));
		expect(sessions.map((row) => row.id)).toEqual([sessionIdFromToken(live)]);
		const failures = await db.select().from(loginAttempt).where(eq(loginAttempt.username, 'hanna'));
		expect(failures.map((row) => row.attemptedAt.toISOString())).toEqual([
			'2026-06-01T11:55:00.000Z'
		]);
		const devices = await db
			.select({ id: trustedDevice.id })
			.from(trustedDevice)
			.where(eq(trustedDevice.userId, userId));
		expect(devices.map((row) => row.id)).toEqual([sessionIdFromToken(liveDevice!)]);
	});
});
