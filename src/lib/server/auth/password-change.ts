import { and, eq, ne } from 'drizzle-orm';
import { isFreshSignIn } from '$lib/domain/sessions';
import { newPasswordProblem, type PasswordProblem } from '$lib/domain/passwords';
import { requireRole, type Actor } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { session, user } from '$lib/server/db/schema';
import { roles } from '$lib/domain/roles';
import { logSecurityEvent } from '$lib/server/security-log';
import { trustedDeviceFor } from './device';
import { hashPassword, verifyPassword } from './password';
import { forgiveSignInAttempts, reserveSignInAttempt } from './rate-limit';

export interface PasswordChange {
	/** Empty when the person did not type it; needed unless the sign-in is fresh. */
	currentPassword: string;
	newPassword: string;
}

export type PasswordChangeResult =
	/** `endedSessions`: how many other sessions of the person ended. */
	| { ok: true; endedSessions: number }
	| { ok: false; reason: 'current-missing' | 'current-wrong' | PasswordProblem }
	| { ok: false; reason: 'too-many-attempts'; waitMs: number };

/**
 * The person sets a new password for their own account. Right after signing in (a login letter,
 * a passkey, the old password) no old password is asked for: the person just proved who they
 * are, and somebody who got their account by a letter never had one. Later the old password is
 * asked, and each wrong one counts against the same limits as at the login, so a session left
 * open is no way to guess it. All other sessions end: whoever knew the old password is out.
 */
export async function changeOwnPassword(
	actor: Actor,
	current: { id: string; signedInAt: Date },
	change: PasswordChange,
	facts: { ip: string; deviceTokens?: readonly string[] },
	now: Date = new Date()
): Promise<PasswordChangeResult> {
	const person = requireRole(actor, roles);
	const problem = newPasswordProblem(change.newPassword);
	if (problem) return { ok: false, reason: problem };
	const who = { userId: person.id, role: person.role, ip: facts.ip };

	if (!isFreshSignIn(current.signedInAt, now)) {
		if (change.currentPassword === '') return { ok: false, reason: 'current-missing' };
		const deviceId = await trustedDeviceFor(facts.deviceTokens ?? [], person.id, now);
		const reservation = await reserveSignInAttempt(
			{ username: person.username, ip: facts.ip, deviceId },
			now
		);
		if (!reservation.ok) {
			logSecurityEvent('sign-in-locked', {
				...who,
				username: person.username,
				reason: reservation.limit
			});
			return { ok: false, reason: 'too-many-attempts', waitMs: reservation.waitMs };
		}
		const db = await getDb();
		const [stored] = await db
			.select({ passwordHash: user.passwordHash })
			.from(user)
			.where(eq(user.id, person.id));
		if (!stored || !(await verifyPassword(stored.passwordHash, change.currentPassword))) {
			logSecurityEvent('sign-in-failed', {
				...who,
				username: person.username,
				reason: 'wrong-current-password'
			});
			return { ok: false, reason: 'current-wrong' };
		}
		await forgiveSignInAttempts(person.username, deviceId);
	}

	const passwordHash = await hashPassword(change.newPassword);
	const db = await getDb();
	const endedSessions = await db.transaction(async (tx) => {
		await tx.update(user).set({ passwordHash }).where(eq(user.id, person.id));
		return (
			await tx.delete(session).where(and(eq(session.userId, person.id), ne(session.id, current.id)))
		).rowsAffected;
	});
	logSecurityEvent('account-changed', { ...who, reason: 'password-changed' });
	logSecurityEvent('session-ended', {
		...who,
		reason: 'password-changed',
		count: endedSessions
	});
	return { ok: true, endedSessions };
}
