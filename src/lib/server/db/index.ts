import { openDatabase, defaultDatabaseUrl, type Database, type DatabaseConnection } from './client';
import { prepareDatabase } from './prepare';

export type { Database } from './client';

let connection: Promise<DatabaseConnection> | null = null;

function databaseUrl(): string {
	return process.env.DATABASE_URL || defaultDatabaseUrl;
}

/**
 * The app's one database, opened and migrated on first use. Start-up calls this
 * through `init` in hooks.server.ts, so requests never wait for migrations.
 */
export function connect(): Promise<DatabaseConnection> {
	connection ??= (async () => {
		const opened = await openDatabase(databaseUrl());
		await prepareDatabase(opened.db);
		return opened;
	})().catch((error: unknown) => {
		connection = null;
		throw error;
	});
	return connection;
}

export async function getDb(): Promise<Database> {
	return (await connect()).db;
}

/** Closes the connection pool; the next `connect()` opens a new one. */
export async function disconnect(): Promise<void> {
	const open = connection;
	connection = null;
	if (open) (await open).client.close();
}
