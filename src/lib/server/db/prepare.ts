import { resolve } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from './client';
import { syncCatalogue } from './catalogue-sync';

/** Where drizzle-kit writes migrations; `node build` runs from the project folder. */
export function migrationsFolder(): string {
	return resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');
}

/** Brings the schema up to date and writes the catalogue; safe to run on every start. */
export async function prepareDatabase(db: Database): Promise<void> {
	await migrate(db, { migrationsFolder: migrationsFolder() });
	await syncCatalogue(db);
}
