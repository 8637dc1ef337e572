import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, count, desc, eq, gt, lt, ne, or, sql } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { preparedQuery } from '$lib/server/db/prepared';
import { session, user } from '$lib/server/db/schema';
import type { Role } from '$lib/domain/roles';
import {
	checkSession,
	deviceNameOf,
	newSessionTimes,
	storedUserAgent,
	type DeviceName
} from '$lib/domain/sessions';
import { requireRole, type Actor } from '$lib/server/access';
import { logSecurityEvent } from '$lib/server/security-log';

// Sessions as taught on lucia-auth.com: a random token goes into the cookie, only its
// SHA-256 hash into the database, so a leaked database cannot be used to sign in. How long a
// session lasts is decided in $lib/domain/sessions.ts.

/** What every request knows about the signed-in person. */
export interface SessionUser {
	id: string;
	username: string;
	displayName: string;
	role: Role;
	providerId: string | null;
	locale: string | null;
}

/** The columns a SessionUser is read from: by the session check and for work outside a request. */
export const sessionUserColumns = {
	id: user.id,
	username: user.username,
	displayName: user.displayName,
	role: user.role,
	providerId: user.providerId,
	locale: user.locale
};

export interface ValidSession {
	id: string;
	userId: string;
	/** The idle limit as it stands after this request; the cookie expires with it. */
	expiresAt: Date;
	/** True when this validation moved the expiry, so the cookie must be sent again. */
	renewed: boolean;
	/** When the person last proved who they are; see isFreshSignIn. */
	signedInAt: Date;
}

export type SessionValidation =
	{ session: ValidSession; user: SessionUser } | { session: null; user: null };

/** What a request tells about where it comes from, for the security log and the device list. */
export interface RequestFacts {
	ip?: string;
	userAgent?: string | null;
}

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

/**
 * A new session for an account that just proved who it is. The session the request came with
 * ends in the same write (OWASP ASVS 5.0 V7.2.4): a token that was planted in the browser, or
 * left there by the person before, never becomes a signed-in session. `signedInAt` is when the
 * proof was given: now, unless a session is only renewed without a new proof, which passes on
 * the old session's time.
 */
export async function createSession(
	token: string,
	account: { id: string; role: Role },
	options: { replaces?: string | null; facts?: RequestFacts; now?: Date; signedInAt?: Date } = {}
): Promise<ValidSession> {
	const now = options.now ?? new Date();
	const signedInAt = options.signedInAt ?? now;
	const times = newSessionTimes(account.role, now);
	const id = sessionIdFromToken(token);
	const db = await getDb();
	const replaced = await db.transaction(async (tx) => {
		const ended = options.replaces
			? await tx
					.delete(session)
					.where(eq(session.id, options.replaces))
					.returning({ userId: session.userId })
			: [];
		await tx.insert(session).values({
			id,
			userId: account.id,
			...times,
			userAgent: storedUserAgent(options.facts?.userAgent),
			signedInAt,
			createdAt: now
		});
		return ended;
	});
	for (const ended of replaced) {
		// The ended session may be another person's who used this browser before.
		const role = ended.userId === account.id ? account.role : undefined;
		logSecurityEvent('session-ended', {
			userId: ended.userId,
			role,
			ip: options.facts?.ip,
			reason: 'signed-in-again',
			count: 1
		});
	}
	return { id, userId: account.id, expiresAt: times.expiresAt, renewed: false, signedInAt };
}

/** Every signed-in request asks this first. */
const sessionWithUser = preparedQuery((db) =>
	db
		.select({
			session,
			user: sessionUserColumns,
			closedAt: user.closedAt
		})
		.from(session)
		.innerJoin(user, eq(session.userId, user.id))
		.where(eq(session.id, sql.placeholder('sessionId')))
		.prepare()
);

export async function validateSessionToken(
	token: string,
	now: Date = new Date(),
	facts: RequestFacts = {}
): Promise<SessionValidation> {
	if (!isWellFormedToken(token)) return { session: null, user: null };
	const db = await getDb();
	const sessionId = sessionIdFromToken(token);
	const [row] = await sessionWithUser(db).all({ sessionId });
	if (!row) return { session: null, user: null };

	const check = checkSession(row.session, row.user.role, now);
	// Closing ends the sessions too; this holds if one was begun at the same moment.
	if (!check.valid || row.closedAt) {
		await db.delete(session).where(eq(session.id, sessionId));
		logSecurityEvent('session-ended', {
			userId: row.user.id,
			role: row.user.role,
			ip: facts.ip,
			reason: check.valid ? 'account-closed' : check.reason
		});
		return { session: null, user: null };
	}
	if (check.touch) {
		// Only the request that saw the old value writes; parallel page loads in the same minute
		// agree on the same times anyway.
		await db
			.update(session)
			.set(check.touch)
			.where(and(eq(session.id, sessionId), eq(session.lastUsedAt, row.session.lastUsedAt)));
	}
	return {
		session: {
			id: row.session.id,
			userId: row.session.userId,
			expiresAt: check.expiresAt,
			renewed: check.touch !== null,
			signedInAt: row.session.signedInAt
		},
		user: row.user
	};
}

/** Signing out ends the session on the server, so a copied cookie is worth nothing after it. */
export async function signOut(
	actor: Actor,
	sessionId: string,
	facts: RequestFacts = {}
): Promise<void> {
	await invalidateSession(sessionId);
	logSecurityEvent('sign-out', { userId: actor.id, role: actor.role, ip: facts.ip });
}

export async function invalidateSession(sessionId: string): Promise<void> {
	const db = await getDb();
	await db.delete(session).where(eq(session.id, sessionId));
}

/** Ends every session of an account; returns how many there were. */
export async function invalidateUserSessions(userId: string): Promise<number> {
	const db = await getDb();
	return (await db.delete(session).where(eq(session.userId, userId))).rowsAffected;
}

/** A session as its owner sees it in the list: which device, when, and whether it is this one. */
export interface OwnSession {
	device: DeviceName;
	lastUsedAt: Date;
	current: boolean;
}

/** Lists are kept to the usual page size; "sign out everywhere else" reaches the rest too. */
export const ownSessionListLimit = 50;

function isLive(now: Date) {
	return and(gt(session.expiresAt, now), gt(session.absoluteExpiresAt, now));
}

/** The person's own live sessions, this one first, then the most recently used. */
export async function listOwnSessions(
	actor: Actor,
	currentSessionId: string,
	now: Date = new Date()
): Promise<{ sessions: OwnSession[]; total: number }> {
	const db = await getDb();
	const own = and(eq(session.userId, actor.id), isLive(now));
	const [rows, [counted]] = await Promise.all([
		db
			.select({ id: session.id, userAgent: session.userAgent, lastUsedAt: session.lastUsedAt })
			.from(session)
			.where(own)
			.orderBy(desc(sql`${session.id} = ${currentSessionId}`), desc(session.lastUsedAt))
			.limit(ownSessionListLimit),
		db.select({ total: count() }).from(session).where(own)
	]);
	return {
		sessions: rows.map((row) => ({
			device: deviceNameOf(row.userAgent),
			lastUsedAt: row.lastUsedAt,
			current: row.id === currentSessionId
		})),
		total: counted?.total ?? rows.length
	};
}

/** "Sign out everywhere else": every session of the person but the one they use now. */
export async function endOtherSessions(
	actor: Actor,
	currentSessionId: string,
	facts: RequestFacts = {}
): Promise<number> {
	const db = await getDb();
	const ended = (
		await db
			.delete(session)
			.where(and(eq(session.userId, actor.id), ne(session.id, currentSessionId)))
	).rowsAffected;
	logSecurityEvent('session-ended', {
		userId: actor.id,
		role: actor.role,
		ip: facts.ip,
		reason: 'other-sessions',
		count: ended
	});
	return ended;
}

/**
 * The administration signs an account out everywhere (a lost phone, a shared computer left
 * signed in). Returns null when there is no such account.
 */
export async function endAllSessionsOf(
	actor: Actor,
	targetUserId: string,
	facts: RequestFacts = {}
): Promise<{ displayName: string; count: number } | null> {
	const admin = requireRole(actor, ['admin']);
	const db = await getDb();
	const [target] = await db
		.select({ displayName: user.displayName })
		.from(user)
		.where(eq(user.id, targetUserId));
	if (!target) return null;
	const ended = await invalidateUserSessions(targetUserId);
	logSecurityEvent('session-ended', {
		userId: admin.id,
		role: admin.role,
		ip: facts.ip,
		targetUserId,
		reason: 'ended-by-admin',
		count: ended
	});
	return { displayName: target.displayName, count: ended };
}

/** Housekeeping: sessions past either limit are useless, remove them now and then. */
export async function deleteExpiredSessions(now: Date = new Date()): Promise<void> {
	const db = await getDb();
	await db
		.delete(session)
		.where(or(lt(session.expiresAt, now), lt(session.absoluteExpiresAt, now)));
}
