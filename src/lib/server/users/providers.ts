import { asc, eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { place, provider } from '$lib/server/db/schema';

export interface ProviderWithPlaces {
	id: string;
	name: string;
	places: { name: string; town: string }[];
}

/** Public: the providers and where they work, for the help page and the catalogue. */
export async function listProvidersWithPlaces(): Promise<ProviderWithPlaces[]> {
	const db = await getDb();
	const rows = await db
		.select({ id: provider.id, name: provider.name, placeName: place.name, town: place.town })
		.from(provider)
		.leftJoin(place, eq(place.providerId, provider.id))
		.orderBy(asc(provider.name), asc(place.name));
	const byId = new Map<string, ProviderWithPlaces>();
	for (const row of rows) {
		const entry = byId.get(row.id) ?? { id: row.id, name: row.name, places: [] };
		if (row.placeName && row.town) entry.places.push({ name: row.placeName, town: row.town });
		byId.set(row.id, entry);
	}
	return [...byId.values()];
}

export async function providerName(providerId: string): Promise<string | null> {
	const db = await getDb();
	const [row] = await db
		.select({ name: provider.name })
		.from(provider)
		.where(eq(provider.id, providerId));
	return row?.name ?? null;
}
