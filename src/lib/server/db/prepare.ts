import { resolve } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from './client';
import { syncCatalogue } from './catalogue-sync';
import { seedDemoData } from './demo-data';

/** Where drizzle-kit writes migrations; `node build` runs from the project folder. */
export function migrationsFolder(): string {
	return resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');
}

export async function prepareDatabase(db: Database, options: { demoData: boolean }): Promise<void> {
	await migrate(db, { migrationsFolder: migrationsFolder() });
	await syncCatalogue(db);
	if (options.demoData) await seedDemoData(db);
}
