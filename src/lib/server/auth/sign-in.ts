import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { user } from '$lib/server/db/schema';
import type { Role } from '$lib/domain/roles';
import { verifyAgainstDummy, verifyPassword } from './password';
import {
	clearFailedSignIns,
	normaliseUsername,
	recordFailedSignIn,
	signInWait
} from './rate-limit';

export type SignInResult =
	| { ok: true; userId: string; role: Role }
	| { ok: false; reason: 'wrong-credentials' }
	| { ok: false; reason: 'too-many-attempts'; waitMs: number };

/**
 * Checks a name and password. Unknown names and wrong passwords give the same answer
 * in about the same time, so nobody can find out which accounts exist.
 */
export async function signIn(
	username: string,
	password: string,
	ip: string,
	now: Date = new Date()
): Promise<SignInResult> {
	const waitMs = await signInWait(username, ip, now);
	if (waitMs > 0) return { ok: false, reason: 'too-many-attempts', waitMs };

	const db = await getDb();
	const [account] = await db
		.select({
			id: user.id,
			role: user.role,
			passwordHash: user.passwordHash
		})
		.from(user)
		.where(eq(user.username, normaliseUsername(username)));

	const valid = account
		? await verifyPassword(account.passwordHash, password)
		: await verifyAgainstDummy(password);
	if (!account || !valid) {
		await recordFailedSignIn(username, ip, now);
		return { ok: false, reason: 'wrong-credentials' };
	}
	await clearFailedSignIns(username);
	return { ok: true, userId: account.id, role: account.role };
}
