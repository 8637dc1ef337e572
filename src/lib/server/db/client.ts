import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema';
import { cachedReads } from './cached-reads';
import { serialiseWrites } from './serialised-writes';

export type Database = LibSQLDatabase<typeof schema>;

export const defaultDatabaseUrl = 'file:data/portal.db';

/** Waits this long for a lock held by another writer before giving up. */
const busyTimeoutMs = 5000;

/** For an embedded `file:` URL, the database file's absolute path; null for anything else. */
function localDatabasePath(url: string): string | null {
	if (!url.startsWith('file:')) return null;
	const path = url.slice('file:'.length).split('?')[0] ?? '';
	if (path === '' || path === ':memory:') return null;
	return resolve(path);
}

/** For an embedded `file:` URL, the folder that must exist before SQLite can create the file. */
export function localDatabaseFolder(url: string): string | null {
	const path = localDatabasePath(url);
	return path === null ? null : dirname(path);
}

export interface DatabaseConnection {
	db: Database;
	client: Client;
}

export async function openDatabase(url: string): Promise<DatabaseConnection> {
	const folder = localDatabaseFolder(url);
	if (folder) mkdirSync(folder, { recursive: true });
	// `timeout` becomes SQLite's busy timeout on every pooled connection; libSQL turns
	// foreign keys on for each connection itself.
	const writer = serialiseWrites(createClient({ url, timeout: busyTimeoutMs }));
	// A file has room for a second connection that keeps reads prepared; `:memory:` has not.
	const path = localDatabasePath(url);
	const client = path ? cachedReads(writer, path, { timeout: busyTimeoutMs }) : writer;
	if (folder) {
		// WAL is stored in the file, so setting it once holds for every connection.
		await client.execute('PRAGMA journal_mode = WAL');
	}
	await client.execute('PRAGMA foreign_keys = ON');
	return {
		db: drizzle(client, {
			schema,
			logger: process.env.LOG_SQL ? { logQuery: (query) => console.log('SQL', query) } : false
		}),
		client
	};
}

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or an open transaction: helpers that write take this. */
export type Executor = Database | Transaction;
