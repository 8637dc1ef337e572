import { count } from 'drizzle-orm';
import type { Role } from '$lib/domain/roles';
import { insertUser } from '$lib/server/users';
import type { Database } from './client';
import { place, provider, user } from './schema';

export const demoProviders = [
	{
		id: 'lebenshilfe',
		name: 'Lebenshilfe Südschwarzwald e.V.',
		places: [{ name: 'Villa', town: 'Laufenburg' }]
	},
	{
		id: 'josefshaus',
		name: 'St. Josefshaus',
		places: [{ name: 'Rhywerk', town: 'Rheinfelden' }]
	}
] as const;

/** The demo accounts of DESIGN.md. Passwords are public on purpose: this is demo data. */
export const demoAccounts: readonly {
	username: string;
	password: string;
	displayName: string;
	role: Role;
	providerId: string | null;
}[] = [
	{ username: 'anna', password: 'anna-demo', displayName: 'Anna Berger', role: 'participant', providerId: null },
	{ username: 'ben', password: 'ben-demo', displayName: 'Ben Schäfer', role: 'participant', providerId: null },
	{ username: 'tom', password: 'tom-demo', displayName: 'Tom Keller', role: 'trainer', providerId: 'lebenshilfe' },
	{ username: 'sara', password: 'sara-demo', displayName: 'Sara Yılmaz', role: 'trainer', providerId: 'josefshaus' },
	{ username: 'lea', password: 'lea-demo', displayName: 'Lea Hoffmann', role: 'lead', providerId: 'lebenshilfe' },
	{ username: 'admin', password: 'admin-demo', displayName: 'Administration', role: 'admin', providerId: null }
];

/**
 * Seeds the demo story into a database that has no accounts yet. A database with
 * any account is left exactly as it is, so a restart never overwrites real work.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
	const [existing] = await db.select({ users: count() }).from(user);
	if ((existing?.users ?? 0) > 0) return false;

	await db.transaction(async (tx) => {
		for (const entry of demoProviders) {
			await tx.insert(provider).values({ id: entry.id, name: entry.name }).onConflictDoNothing();
			for (const location of entry.places) {
				await tx.insert(place).values({ providerId: entry.id, ...location });
			}
		}
		for (const account of demoAccounts) {
			await insertUser(tx, account);
		}
	});
	return true;
}
