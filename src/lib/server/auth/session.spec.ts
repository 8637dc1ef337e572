import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import { session } from '$lib/server/db/schema';
import { insertUser } from '$lib/server/users';
import {
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	isWellFormedToken,
	sessionIdFromToken,
	sessionLifetimeMs,
	sessionRenewWindowMs,
	validateSessionToken
} from './session';

let userId: string;
const start = new Date('2026-03-01T10:00:00Z');
const dayMs = 24 * 60 * 60 * 1000;

beforeAll(async () => {
	const db = await getDb();
	userId = await insertUser(db, {
		username: 'Session-Tester',
		displayName: 'Session Tester',
		role: 'participant',
		providerId: null,
		password: 'secret-words'
	});
});

describe('sessions', () => {
	it('makes random, well-formed tokens', () => {
		const first = generateSessionToken();
		expect(isWellFormedToken(first)).toBe(true);
		expect(generateSessionToken()).not.toBe(first);
	});

	it('stores only the SHA-256 of the token', async () => {
		const token = generateSessionToken();
		await createSession(token, userId, start);
		const db = await getDb();
		const rows = await db.select().from(session).where(eq(session.userId, userId));
		expect(rows.map((row) => row.id)).toContain(sessionIdFromToken(token));
		expect(rows.map((row) => row.id)).not.toContain(token);
		expect(sessionIdFromToken(token)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('validates a fresh session and returns its user', async () => {
		const token = generateSessionToken();
		const created = await createSession(token, userId, start);
		expect(created.expiresAt.getTime()).toBe(start.getTime() + sessionLifetimeMs);
		const result = await validateSessionToken(token, new Date(start.getTime() + dayMs));
		expect(result.user?.username).toBe('session-tester');
		expect(result.user?.role).toBe('participant');
		expect(result.session?.renewed).toBe(false);
		expect(result.session?.expiresAt.getTime()).toBe(created.expiresAt.getTime());
	});

	it('renews a session used in its last 15 days', async () => {
		const token = generateSessionToken();
		await createSession(token, userId, start);
		const later = new Date(start.getTime() + sessionLifetimeMs - sessionRenewWindowMs + 1000);
		const result = await validateSessionToken(token, later);
		expect(result.session?.renewed).toBe(true);
		expect(result.session?.expiresAt.getTime()).toBe(later.getTime() + sessionLifetimeMs);
		const again = await validateSessionToken(token, new Date(later.getTime() + 1000));
		expect(again.session?.renewed).toBe(false);
		expect(again.session?.expiresAt.getTime()).toBe(later.getTime() + sessionLifetimeMs);
	});

	it('refuses and removes an expired session', async () => {
		const token = generateSessionToken();
		await createSession(token, userId, start);
		const expired = new Date(start.getTime() + sessionLifetimeMs);
		expect(await validateSessionToken(token, expired)).toEqual({ session: null, user: null });
		const db = await getDb();
		expect(await db.select().from(session).where(eq(session.id, sessionIdFromToken(token)))).toEqual([]);
	});

	it('ends one session on invalidate, and leaves the others', async () => {
		const ended = generateSessionToken();
		const kept = generateSessionToken();
		await createSession(ended, userId, start);
		await createSession(kept, userId, start);
		await invalidateSession(sessionIdFromToken(ended));
		expect((await validateSessionToken(ended, start)).session).toBeNull();
		expect((await validateSessionToken(kept, start)).session).not.toBeNull();
	});

	it('ends all sessions of a user', async () => {
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const token of tokens) await createSession(token, userId, start);
		await invalidateUserSessions(userId);
		for (const token of tokens) expect((await validateSessionToken(token, start)).session).toBeNull();
	});

	it('treats unknown and malformed tokens as signed out', async () => {
		expect(await validateSessionToken(generateSessionToken(), start)).toEqual({ session: null, user: null });
		expect(await validateSessionToken('not a token; drop table', start)).toEqual({ session: null, user: null });
		expect(await validateSessionToken('', start)).toEqual({ session: null, user: null });
	});

	it('cleans up expired sessions', async () => {
		const token = generateSessionToken();
		await createSession(token, userId, new Date('2020-01-01T00:00:00Z'));
		await deleteExpiredSessions(start);
		const db = await getDb();
		expect(await db.select().from(session).where(eq(session.id, sessionIdFromToken(token)))).toEqual([]);
	});
});
