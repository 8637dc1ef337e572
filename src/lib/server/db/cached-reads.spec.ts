import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql';
import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedReads } from './cached-reads';

const thing = sqliteTable('thing', {
	id: text('id').primaryKey(),
	count: integer('count').notNull(),
	flag: integer('flag', { mode: 'boolean' }).notNull(),
	at: integer('at', { mode: 'timestamp_ms' }).notNull(),
	data: blob('data', { mode: 'buffer' })
});

let plain: Client;
let cached: Client;

beforeAll(async () => {
	const path = join(mkdtempSync(join(tmpdir(), 'cached-reads-')), 'test.db');
	plain = createClient({ url: `file:${path}` });
	await plain.execute('PRAGMA journal_mode = WAL');
	cached = cachedReads(createClient({ url: `file:${path}` }), path, { timeout: 1000 });
	await plain.execute(
		'CREATE TABLE thing (id TEXT PRIMARY KEY, count INTEGER NOT NULL, flag INTEGER NOT NULL, at INTEGER NOT NULL, data BLOB)'
	);
	await plain.execute({
		sql: 'INSERT INTO thing VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)',
		args: ['a', 3, 1, 1_700_000_000_000, new Uint8Array([1, 2, 3]).buffer, 'b', 5, 0, 1, null]
	});
});

afterAll(() => {
	plain.close();
	cached.close();
});

/** What a row looks like from outside: by index, by name, and which keys it lists. */
function shape(row: Record<string | number, unknown> & { length: number }) {
	return {
		byIndex: Array.prototype.slice.call(row),
		keys: Object.keys(row),
		named: Object.fromEntries(Object.keys(row).map((key) => [key, row[key]]))
	};
}

describe('reads kept prepared', () => {
	it('answers rows in the same shape as the client: by index, by name, blobs and integers', async () => {
		const query = {
			sql: 'SELECT t.id, t.count, t.data, u.id, u.count FROM thing t JOIN thing u ON u.id != t.id WHERE t.count > ? ORDER BY t.id',
			args: [2]
		};
		const expected = await plain.execute(query);
		for (let round = 0; round < 2; round++) {
			const answer = await cached.execute(query);
			expect(answer.columns).toEqual(expected.columns);
			expect(answer.rows.map((row) => shape(row as never))).toEqual(
				expected.rows.map((row) => shape(row as never))
			);
		}
	});

	it('gives Drizzle the same results as the client, typed columns and raw SQL alike', async () => {
		const viaPlain = drizzle(plain);
		const viaCached = drizzle(cached);
		const typed = (db: typeof viaPlain) => db.select().from(thing).orderBy(thing.id);
		expect(await typed(viaCached)).toEqual(await typed(viaPlain));
		const raw = sql`select id, count from thing where flag = ${true}`;
		expect(await viaCached.all(raw)).toEqual(await viaPlain.all(raw));
		expect(await viaCached.get(raw)).toEqual(await viaPlain.get(raw));
		expect((await typed(viaCached))[0]?.data).toEqual(Buffer.from([1, 2, 3]));
	});

	it('sees a write at once, and a schema changed through the client', async () => {
		const query = 'SELECT count(*) AS n FROM thing';
		expect((await cached.execute(query)).rows[0]?.n).toBe(2);
		await cached.execute({
			sql: 'INSERT INTO thing VALUES (?, ?, ?, ?, ?)',
			args: ['c', 1, 0, 1, null]
		});
		expect((await cached.execute(query)).rows[0]?.n).toBe(3);
		const all = 'SELECT * FROM thing ORDER BY id';
		expect((await cached.execute(all)).columns).not.toContain('extra');
		await cached.execute('ALTER TABLE thing ADD COLUMN extra TEXT');
		const after = await cached.execute(all);
		expect(after.columns).toContain('extra');
		expect(after.rows[0]?.extra).toBeNull();
	});

	it('leaves errors to the client, in its words', async () => {
		await expect(cached.execute('SELECT nothing FROM nowhere')).rejects.toMatchObject({
			code: 'SQLITE_ERROR'
		});
		await expect(
			cached.execute({ sql: 'SELECT ? AS n', args: [Number.POSITIVE_INFINITY] })
		).rejects.toThrow(RangeError);
	});
});
