import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import { insertUser } from '$lib/server/users';
import { signIn } from './sign-in';

beforeAll(async () => {
	for (const username of ['fiona', 'greta']) {
		await insertUser(await getDb(), {
			username,
			displayName: `${username} Test`,
			role: 'trainer',
			providerId: null,
			password: `${username}-password`
		});
	}
});

describe('signIn', () => {
	it('signs in with the right name and password, ignoring case and spaces in the name', async () => {
		const result = await signIn('  Fiona ', 'fiona-password', '127.0.0.1');
		expect(result).toMatchObject({ ok: true, role: 'trainer' });
	});

	it('gives the same answer for a wrong password and an unknown name', async () => {
		const wrongPassword = await signIn('fiona', 'nope', '127.0.0.2');
		const unknownName = await signIn('nobody-here', 'nope', '127.0.0.2');
		expect(wrongPassword).toEqual({ ok: false, reason: 'wrong-credentials' });
		expect(unknownName).toEqual(wrongPassword);
	});

	it('refuses even the right password while the account waits', async () => {
		const now = new Date();
		for (let attempt = 0; attempt < 5; attempt++) await signIn('greta', 'wrong', '127.0.0.3', now);
		const result = await signIn('greta', 'greta-password', '127.0.0.3', now);
		expect(result.ok).toBe(false);
		expect(result).toMatchObject({ reason: 'too-many-attempts' });
		if (!result.ok && result.reason === 'too-many-attempts') {
			expect(result.waitMs).toBe(15 * 60_000);
		}
	});
});
