import { hash, verify } from '@node-rs/argon2';

// OWASP's minimum for Argon2id (the library's default algorithm): 19 MiB, 2 passes, 1 lane.
const argon2Options = {
	memoryCost: 19456,
	timeCost: 2,
	outputLen: 32,
	parallelism: 1
} as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		// A malformed stored hash must read as "wrong password", never as a crash.
		return false;
	}
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real check, for names that have no account, so the
 * answer time does not tell whether an account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
	dummyHash ??= hashPassword('not-a-real-password-for-timing-only');
	await verifyPassword(await dummyHash, password);
	return false;
}
