import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
	it('stores an Argon2id hash, never the password', async () => {
		const stored = await hashPassword('anna-demo');
		expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(stored).not.toContain('anna-demo');
	});

	it('accepts the right password and refuses a wrong one', async () => {
		const stored = await hashPassword('anna-demo');
		expect(await verifyPassword(stored, 'anna-demo')).toBe(true);
		expect(await verifyPassword(stored, 'Anna-demo')).toBe(false);
		expect(await verifyPassword(stored, '')).toBe(false);
	});

	it('salts every hash', async () => {
		expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
	});

	it('reads a broken stored hash as a wrong password', async () => {
		expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
	});

	it('answers false for the timing dummy', async () => {
		expect(await verifyAgainstDummy('anything')).toBe(false);
	});
});
