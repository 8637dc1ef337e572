import { and, count, eq, gte, lt, min } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { loginAttempt } from '$lib/server/db/schema';

export interface Limit {
	maxFailures: number;
	windowMs: number;
}

const fifteenMinutesMs = 15 * 60 * 1000;

/** After 5 failed sign-ins on one account within 15 minutes, the account waits. */
export const accountLimit: Limit = { maxFailures: 5, windowMs: fifteenMinutesMs };
/**
 * One address may fail more often, because several people can share it (a workshop's
 * network), but not without end.
 */
export const ipLimit: Limit = { maxFailures: 30, windowMs: fifteenMinutesMs };

/**
 * How long to wait before the next try, in milliseconds; 0 when a try is allowed.
 * The wait ends when the oldest failure in the window leaves it.
 */
export function waitFor(
	failuresInWindow: number,
	oldestFailureInWindow: Date | null,
	limit: Limit,
	now: Date
): number {
	if (failuresInWindow < limit.maxFailures || !oldestFailureInWindow) return 0;
	return Math.max(0, oldestFailureInWindow.getTime() + limit.windowMs - now.getTime());
}

export function normaliseUsername(username: string): string {
	return username.trim().toLowerCase();
}

async function waitForKey(
	column: typeof loginAttempt.username | typeof loginAttempt.ip,
	key: string,
	limit: Limit,
	now: Date
): Promise<number> {
	const db = await getDb();
	const since = new Date(now.getTime() - limit.windowMs);
	const [row] = await db
		.select({ failures: count(), oldest: min(loginAttempt.attemptedAt) })
		.from(loginAttempt)
		.where(and(eq(column, key), gte(loginAttempt.attemptedAt, since)));
	return waitFor(row?.failures ?? 0, row?.oldest ?? null, limit, now);
}

/** Milliseconds before this name may try again from this address; 0 when it may try now. */
export async function signInWait(username: string, ip: string, now: Date = new Date()): Promise<number> {
	const [byAccount, byIp] = await Promise.all([
		waitForKey(loginAttempt.username, normaliseUsername(username), accountLimit, now),
		waitForKey(loginAttempt.ip, ip, ipLimit, now)
	]);
	return Math.max(byAccount, byIp);
}

export async function recordFailedSignIn(
	username: string,
	ip: string,
	now: Date = new Date()
): Promise<void> {
	const db = await getDb();
	await db
		.insert(loginAttempt)
		.values({ username: normaliseUsername(username), ip, attemptedAt: now });
}

/** A successful sign-in forgives the account's earlier failures. */
export async function clearFailedSignIns(username: string): Promise<void> {
	const db = await getDb();
	await db.delete(loginAttempt).where(eq(loginAttempt.username, normaliseUsername(username)));
}

/** Failures older than the longest window can no longer count; drop them. */
export async function deleteOldSignInFailures(now: Date = new Date()): Promise<void> {
	const db = await getDb();
	const window = Math.max(accountLimit.windowMs, ipLimit.windowMs);
	await db.delete(loginAttempt).where(lt(loginAttempt.attemptedAt, new Date(now.getTime() - window)));
}
