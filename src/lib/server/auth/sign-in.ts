import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { user } from '$lib/server/db/schema';
import type { Role } from '$lib/domain/roles';
import { logSecurityEvent } from '$lib/server/security-log';
import { trustDevice, trustedDeviceFor } from './device';
import { verifyAgainstDummy, verifyPassword } from './password';
import { forgiveSignInAttempts, normaliseUsername, reserveSignInAttempt } from './rate-limit';

export interface SignInRequest {
	username: string;
	password: string;
	ip: string;
	/** The tokens of the browser's device cookie. */
	deviceTokens?: readonly string[];
	now?: Date;
}

export type SignInResult =
	/** `deviceTokens` is what the device cookie holds from now on. */
	| { ok: true; userId: string; role: Role; deviceTokens: string[] }
	| { ok: false; reason: 'wrong-credentials' }
	| { ok: false; reason: 'too-many-attempts'; waitMs: number };

/**
 * Checks a name and password. Unknown names and wrong passwords give the same answer
 * in about the same time, so nobody can find out which accounts exist. The attempt is counted
 * before the password is checked (see reserveSignInAttempt), so parallel guesses cannot pass
 * the limit.
 */
export async function signIn(request: SignInRequest): Promise<SignInResult> {
	const { password, ip } = request;
	const now = request.now ?? new Date();
	const username = normaliseUsername(request.username);
	const db = await getDb();
	const [account] = await db
		.select({
			id: user.id,
			role: user.role,
			passwordHash: user.passwordHash,
			closedAt: user.closedAt
		})
		.from(user)
		.where(eq(user.username, username));
	// A device cookie counts only for the account it was given to; for an unknown name there is none.
	const deviceId = account
		? await trustedDeviceFor(request.deviceTokens ?? [], account.id, now)
		: null;
	const who = { userId: account?.id ?? null, role: account?.role ?? null, username, ip };

	const reservation = await reserveSignInAttempt({ username, ip, deviceId }, now);
	if (!reservation.ok) {
		logSecurityEvent('sign-in-locked', { ...who, reason: reservation.limit });
		return { ok: false, reason: 'too-many-attempts', waitMs: reservation.waitMs };
	}

	const valid = account
		? await verifyPassword(account.passwordHash, password)
		: await verifyAgainstDummy(password);
	if (!account || !valid) {
		logSecurityEvent('sign-in-failed', { ...who, reason: 'wrong-credentials' });
		return { ok: false, reason: 'wrong-credentials' };
	}
	// A closed account gets the answer of a wrong password: the page tells nobody it exists.
	if (account.closedAt) {
		logSecurityEvent('sign-in-failed', { ...who, reason: 'account-closed' });
		return { ok: false, reason: 'wrong-credentials' };
	}
	await forgiveSignInAttempts(username, deviceId);
	const deviceTokens = await trustDevice(account.id, request.deviceTokens ?? [], now);
	logSecurityEvent('sign-in', { ...who, reason: deviceId ? 'trusted-device' : undefined });
	return { ok: true, userId: account.id, role: account.role, deviceTokens };
}
