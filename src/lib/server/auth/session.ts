import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq, lt } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { session, user } from '$lib/server/db/schema';
import type { Role } from '$lib/domain/roles';

// Sessions as taught on lucia-auth.com: a random token goes into the cookie, only its
// SHA-256 hash into the database, so a leaked database cannot be used to sign in.

export const sessionCookieName = 'session';

const dayMs = 24 * 60 * 60 * 1000;
export const sessionLifetimeMs = 30 * dayMs;
/** A session used in its last 15 days gets a fresh 30 days (sliding expiry). */
export const sessionRenewWindowMs = 15 * dayMs;

/** What every request knows about the signed-in person. */
export interface SessionUser {
	id: string;
	username: string;
	displayName: string;
	role: Role;
	providerId: string | null;
	locale: string | null;
}

export interface ValidSession {
	id: string;
	userId: string;
	expiresAt: Date;
	/** True when this validation moved the expiry, so the cookie must be sent again. */
	renewed: boolean;
}

export type SessionValidation =
	| { session: ValidSession; user: SessionUser }
	| { session: null; user: null };

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Tokens we hand out are 32 base32 characters; anything else is not worth a query. */
export function isWellFormedToken(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}

export async function createSession(
	token: string,
	userId: string,
	now: Date = new Date()
): Promise<ValidSession> {
	const db = await getDb();
	const created = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(now.getTime() + sessionLifetimeMs)
	};
	await db.insert(session).values({ ...created, createdAt: now });
	return { ...created, renewed: false };
}

export async function validateSessionToken(
	token: string,
	now: Date = new Date()
): Promise<SessionValidation> {
	if (!isWellFormedToken(token)) return { session: null, user: null };
	const db = await getDb();
	const sessionId = sessionIdFromToken(token);
	const [row] = await db
		.select({
			session,
			user: {
				id: user.id,
				username: user.username,
				displayName: user.displayName,
				role: user.role,
				providerId: user.providerId,
				locale: user.locale
			}
		})
		.from(session)
		.innerJoin(user, eq(session.userId, user.id))
		.where(eq(session.id, sessionId));
	if (!row) return { session: null, user: null };

	if (now.getTime() >= row.session.expiresAt.getTime()) {
		await db.delete(session).where(eq(session.id, sessionId));
		return { session: null, user: null };
	}

	let renewed = false;
	let expiresAt = row.session.expiresAt;
	if (now.getTime() >= expiresAt.getTime() - sessionRenewWindowMs) {
		expiresAt = new Date(now.getTime() + sessionLifetimeMs);
		await db.update(session).set({ expiresAt }).where(eq(session.id, sessionId));
		renewed = true;
	}
	return {
		session: { id: row.session.id, userId: row.session.userId, expiresAt, renewed },
		user: row.user
	};
}

export async function invalidateSession(sessionId: string): Promise<void> {
	const db = await getDb();
	await db.delete(session).where(eq(session.id, sessionId));
}

export async function invalidateUserSessions(userId: string): Promise<void> {
	const db = await getDb();
	await db.delete(session).where(eq(session.userId, userId));
}

/** Housekeeping: expired rows are useless, remove them now and then. */
export async function deleteExpiredSessions(now: Date = new Date()): Promise<void> {
	const db = await getDb();
	await db.delete(session).where(lt(session.expiresAt, now));
}
