import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoAccounts, seedDemoData } from './demo-data';
import { connect, getDb } from './index';
import { prepareDatabase } from './prepare';
import { module, provider, user } from './schema';
import { verifyPassword } from '$lib/server/auth/password';

describe('database preparation', () => {
	it('writes the catalogue at start-up so modules can be referenced by code', async () => {
		const db = await getDb();
		const rows = await db.select().from(module).orderBy(module.position);
		expect(rows.map((row) => [row.code, row.capKind, row.capMinutes])).toEqual([
			['entry', 'total', 48 * 60],
			['qualification', 'total', 540 * 60],
			['stabilisation', 'total', 378 * 60],
			['transition', 'total', 324 * 60],
			['job_security', 'per_month', 30 * 60],
			['job_coaching', 'none', null]
		]);
		expect(rows.find((row) => row.code === 'entry')?.mandatory).toBe(true);
	});

	it('turns on foreign keys, WAL and a busy timeout', async () => {
		const { client } = await connect();
		expect((await client.execute('PRAGMA foreign_keys')).rows[0]?.[0]).toBe(1);
		expect((await client.execute('PRAGMA journal_mode')).rows[0]?.[0]).toBe('wal');
		expect(Number((await client.execute('PRAGMA busy_timeout')).rows[0]?.[0])).toBeGreaterThan(0);
		const db = await getDb();
		await expect(
			db.insert(user).values({
				id: 'orphan',
				username: 'orphan',
				displayName: 'Orphan',
				role: 'trainer',
				providerId: 'no-such-provider',
				passwordHash: 'x'
			})
		).rejects.toThrow();
	});

	it('seeds the demo accounts into an empty database, and only once', async () => {
		const db = await getDb();
		expect(await seedDemoData()).toBe(true);
		const accounts = await db.select().from(user);
		expect(accounts.map((account) => account.username).sort()).toEqual(
			demoAccounts.map((account) => account.username).sort()
		);
		const lea = accounts.find((account) => account.username === 'lea');
		expect(lea?.role).toBe('lead');
		expect(lea?.providerId).toBe('lebenshilfe');
		expect(await verifyPassword(lea?.passwordHash ?? '', 'lea-demo')).toBe(true);
		expect(await db.select({ n: count() }).from(provider)).toEqual([{ n: 2 }]);

		// A second start (migrations, catalogue, seeding again) keeps everything as it was.
		await db.update(user).set({ displayName: 'Lea Changed' }).where(eq(user.username, 'lea'));
		await prepareDatabase(db);
		expect(await seedDemoData()).toBe(false);
		const again = await db.select().from(user);
		expect(again).toHaveLength(accounts.length);
		expect(again.find((account) => account.username === 'lea')?.displayName).toBe('Lea Changed');
	});
});
