import { and, count, eq, gte, isNull, lt, min, type SQL } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { loginAttempt } from '$lib/server/db/schema';

export interface Limit {
	maxFailures: number;
	windowMs: number;
}

const fifteenMinutesMs = 15 * 60 * 1000;

/** After 5 attempts on one account within 15 minutes, the account waits (for browsers it does not know). */
export const accountLimit: Limit = { maxFailures: 5, windowMs: fifteenMinutesMs };
/**
 * One address may fail more often, because several people can share it (a workshop's
 * network), but not without end.
 */
export const ipLimit: Limit = { maxFailures: 30, windowMs: fifteenMinutesMs };
/** A browser with a device cookie for the account has a limit of its own, as strict as the account's. */
export const deviceLimit: Limit = { maxFailures: 5, windowMs: fifteenMinutesMs };

/** Which limit made an attempt wait; also the `reason` in the security log. */
export type LimitKind = 'account' | 'address' | 'device';

/**
 * How long to wait before the next try, in milliseconds; 0 when a try is allowed.
 * The wait ends when the oldest attempt in the window leaves it.
 */
export function waitFor(
	attemptsInWindow: number,
	oldestAttemptInWindow: Date | null,
	limit: Limit,
	now: Date
): number {
	if (attemptsInWindow < limit.maxFailures || !oldestAttemptInWindow) return 0;
	return Math.max(0, oldestAttemptInWindow.getTime() + limit.windowMs - now.getTime());
}

export function normaliseUsername(username: string): string {
	return username.trim().toLowerCase();
}

export interface SignInAttempt {
	/** As typed; normalised here. */
	username: string;
	ip: string;
	/** The trusted device the attempt came with, when its cookie is valid for the account named. */
	deviceId: string | null;
}

export type Reservation = { ok: true } | { ok: false; limit: LimitKind; waitMs: number };

async function waitForKey(
	tx: Executor,
	key: SQL | undefined,
	limit: Limit,
	now: Date
): Promise<number> {
	const since = new Date(now.getTime() - limit.windowMs);
	const [row] = await tx
		.select({ attempts: count(), oldest: min(loginAttempt.attemptedAt) })
		.from(loginAttempt)
		.where(and(key, gte(loginAttempt.attemptedAt, since)));
	return waitFor(row?.attempts ?? 0, row?.oldest ?? null, limit, now);
}

/**
 * Counts an attempt against its limits and writes it down, in one write transaction and before
 * the password is checked. Parallel attempts take turns here, so each one sees every attempt
 * before it: no more than the limit reach the password check, however many arrive at once.
 * An attempt stays counted until a successful sign-in forgives it.
 *
 * With a trusted device, only that device's attempts count, and they do not count against the
 * account or the address: strangers cannot lock the device out, and the device cannot lock
 * the account for others. Without one, the account's and the address's limits hold.
 */
export async function reserveSignInAttempt(
	attempt: SignInAttempt,
	now: Date = new Date()
): Promise<Reservation> {
	const username = normaliseUsername(attempt.username);
	const { ip, deviceId } = attempt;
	const checks: [LimitKind, SQL | undefined, Limit][] = deviceId
		? [['device', eq(loginAttempt.deviceId, deviceId), deviceLimit]]
		: [
				[
					'account',
					and(eq(loginAttempt.username, username), isNull(loginAttempt.deviceId)),
					accountLimit
				],
				['address', and(eq(loginAttempt.ip, ip), isNull(loginAttempt.deviceId)), ipLimit]
			];
	const db = await getDb();
	return db.transaction(async (tx): Promise<Reservation> => {
		let refusal: { limit: LimitKind; waitMs: number } | null = null;
		for (const [limit, key, rule] of checks) {
			const waitMs = await waitForKey(tx, key, rule, now);
			if (waitMs > (refusal?.waitMs ?? 0)) refusal = { limit, waitMs };
		}
		if (refusal) return { ok: false, ...refusal };
		await tx.insert(loginAttempt).values({ username, ip, deviceId, attemptedAt: now });
		return { ok: true };
	});
}

/**
 * A successful sign-in forgives the attempts made the same way: with a trusted device, that
 * device's; without one, the account's (as before device cookies). A sign-in on a trusted
 * device does not wipe what strangers tried on the account, so it gives them no fresh tries.
 */
export async function forgiveSignInAttempts(
	username: string,
	deviceId: string | null
): Promise<void> {
	const db = await getDb();
	await db
		.delete(loginAttempt)
		.where(
			and(
				eq(loginAttempt.username, normaliseUsername(username)),
				deviceId ? eq(loginAttempt.deviceId, deviceId) : isNull(loginAttempt.deviceId)
			)
		);
}

/** Attempts older than the longest window can no longer count; drop them. */
export async function deleteOldSignInAttempts(now: Date = new Date()): Promise<void> {
	const db = await getDb();
	const window = Math.max(accountLimit.windowMs, ipLimit.windowMs, deviceLimit.windowMs);
	await db
		.delete(loginAttempt)
		.where(lt(loginAttempt.attemptedAt, new Date(now.getTime() - window)));
}

/**
 * Staff unlock an account that waits (a lead for a participant, the administration for staff):
 * every attempt on its name is forgiven, from any device.
 */
export async function forgiveAllSignInAttempts(username: string): Promise<number> {
	const db = await getDb();
	return (
		await db.delete(loginAttempt).where(eq(loginAttempt.username, normaliseUsername(username)))
	).rowsAffected;
}

/** How long a browser without a device cookie must wait before trying this account; 0 if not. */
export async function accountWaitMs(username: string, now: Date = new Date()): Promise<number> {
	return waitForKey(
		await getDb(),
		and(eq(loginAttempt.username, normaliseUsername(username)), isNull(loginAttempt.deviceId)),
		accountLimit,
		now
	);
}

/** The name letter-link attempts are written down under: no user name can have a colon. */
const letterAttemptName = ':letter';

/**
 * A letter link that is tried counts against the address's limit, like a sign-in: someone
 * guessing codes from one network waits as someone guessing passwords does.
 */
export async function reserveLetterAttempt(
	ip: string,
	now: Date = new Date()
): Promise<Reservation> {
	const db = await getDb();
	return db.transaction(async (tx): Promise<Reservation> => {
		const waitMs = await waitForKey(
			tx,
			and(eq(loginAttempt.ip, ip), isNull(loginAttempt.deviceId)),
			ipLimit,
			now
		);
		if (waitMs > 0) return { ok: false, limit: 'address', waitMs };
		await tx
			.insert(loginAttempt)
			.values({ username: letterAttemptName, ip, deviceId: null, attemptedAt: now });
		return { ok: true };
	});
}

/** A letter that worked forgives the letter attempts of its address. */
export async function forgiveLetterAttempts(ip: string): Promise<void> {
	const db = await getDb();
	await db
		.delete(loginAttempt)
		.where(and(eq(loginAttempt.username, letterAttemptName), eq(loginAttempt.ip, ip)));
}
