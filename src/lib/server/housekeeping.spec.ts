import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from './db';
import { loginAttempt, session } from './db/schema';
import { insertUser } from './users';
import { createSession, generateSessionToken, sessionIdFromToken } from './auth/session';
import { recordFailedSignIn } from './auth/rate-limit';
import { cleanUp } from './housekeeping';

describe('cleanUp', () => {
	it('removes expired sessions and old failures, and keeps live ones', async () => {
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
		await createSession(old, userId, new Date('2026-01-01T00:00:00Z'));
		await createSession(live, userId, now);
		await recordFailedSignIn('hanna', '10.1.1.1', new Date('2026-06-01T10:00:00Z'));
		await recordFailedSignIn('hanna', '10.1.1.1', new Date('2026-06-01T11:55:00Z'));

		await cleanUp(now);

		const sessions = await db.select({ id: session.id }).from(session).where(eq(session.userId, userId));
		expect(sessions.map((row) => row.id)).toEqual([sessionIdFromToken(live)]);
		const failures = await db.select().from(loginAttempt).where(eq(loginAttempt.username, 'hanna'));
		expect(failures.map((row) => row.attemptedAt.toISOString())).toEqual(['2026-06-01T11:55:00.000Z']);
	});
});
