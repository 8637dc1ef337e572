import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { trustedDevice } from '$lib/server/db/schema';
import { generateSessionToken, isWellFormedToken, sessionIdFromToken } from './session';

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
 * in which an account signed in before carries a random token for that account. Its sign-in
 * attempts count only against that browser, so strangers guessing the password, or a crowd of
 * wrong tries from one workshop network, cannot lock the person out of their own device.
 * Only the token's SHA-256 is stored, as with sessions.
 */

const dayMs = 24 * 60 * 60 * 1000;
export const deviceTrustMs = 180 * dayMs;

/**
 * One browser may be trusted for a few accounts: workshop computers are shared. The newest
 * come first; older ones fall off.
 */
export const maxTrustedAccountsPerBrowser = 5;

/** The cookie holds the tokens joined by dots; anything that is not one of ours is dropped. */
export function parseDeviceCookie(value: string | undefined): string[] {
	if (!value) return [];
	return value.split('.').filter(isWellFormedToken).slice(0, maxTrustedAccountsPerBrowser);
}

export function formatDeviceCookie(tokens: readonly string[]): string {
	return tokens.join('.');
}

/** The trusted device among these tokens that belongs to the account, or null. */
export async function trustedDeviceFor(
	tokens: readonly string[],
	userId: string,
	now: Date = new Date()
): Promise<string | null> {
	if (tokens.length === 0) return null;
	const db = await getDb();
	const [row] = await db
		.select({ id: trustedDevice.id })
		.from(trustedDevice)
		.where(
			and(
				inArray(trustedDevice.id, tokens.map(sessionIdFromToken)),
				eq(trustedDevice.userId, userId),
				gt(trustedDevice.expiresAt, now)
			)
		);
	return row?.id ?? null;
}

/**
 * After a successful sign-in: a fresh token for this account (the old one of this account, if
 * the browser had one, ends), kept beside the browser's still valid tokens for other accounts.
 * Returns what the cookie holds from now on.
 */
export async function trustDevice(
	userId: string,
	presentTokens: readonly string[],
	now: Date = new Date()
): Promise<string[]> {
	const token = generateSessionToken();
	const db = await getDb();
	const presentIds = presentTokens.map(sessionIdFromToken);
	const known =
		presentIds.length === 0
			? []
			: await db
					.select({ id: trustedDevice.id, userId: trustedDevice.userId })
					.from(trustedDevice)
					.where(and(inArray(trustedDevice.id, presentIds), gt(trustedDevice.expiresAt, now)));
	const replaced = known.filter((row) => row.userId === userId).map((row) => row.id);
	const othersValid = new Set(known.filter((row) => row.userId !== userId).map((row) => row.id));
	const kept = presentTokens.filter((present) => othersValid.has(sessionIdFromToken(present)));
	const tokens = [token, ...kept].slice(0, maxTrustedAccountsPerBrowser);
	await db.transaction(async (tx) => {
		if (replaced.length > 0)
			await tx.delete(trustedDevice).where(inArray(trustedDevice.id, replaced));
		await tx.insert(trustedDevice).values({
			id: sessionIdFromToken(token),
			userId,
			expiresAt: new Date(now.getTime() + deviceTrustMs),
			createdAt: now
		});
	});
	return tokens;
}

/** Housekeeping: expired trust is worth nothing. */
export async function deleteExpiredDevices(now: Date = new Date()): Promise<void> {
	const db = await getDb();
	await db.delete(trustedDevice).where(lt(trustedDevice.expiresAt, now));
}
