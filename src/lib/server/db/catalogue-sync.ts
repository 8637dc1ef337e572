import { sql } from 'drizzle-orm';
import { catalogue } from '$lib/domain/catalogue';
import type { Database } from './client';
import { module, offer } from './schema';

const minutesPerHour = 60;

/** Writes the catalogue data file into the database, so other tables can reference modules. */
export async function syncCatalogue(db: Database): Promise<void> {
	await db.transaction(async (tx) => {
		for (const entry of catalogue) {
			await tx
				.insert(offer)
				.values({ code: entry.code, billing: entry.billing })
				.onConflictDoUpdate({ target: offer.code, set: { billing: entry.billing } });
			for (const definition of entry.modules) {
				const row = {
					code: definition.code,
					offerCode: entry.code,
					position: definition.order,
					lengthMin: definition.length?.min ?? null,
					lengthMax: definition.length?.max ?? null,
					lengthUnit: definition.length?.unit ?? null,
					capKind: definition.hourCap.kind,
					capMinutes:
						definition.hourCap.kind === 'none' ? null : definition.hourCap.hours * minutesPerHour,
					mandatory: definition.mandatory,
					bookable: definition.bookable
				};
				await tx
					.insert(module)
					.values(row)
					.onConflictDoUpdate({
						target: module.code,
						set: {
							offerCode: sql`excluded.offer_code`,
							position: sql`excluded.position`,
							lengthMin: sql`excluded.length_min`,
							lengthMax: sql`excluded.length_max`,
							lengthUnit: sql`excluded.length_unit`,
							capKind: sql`excluded.cap_kind`,
							capMinutes: sql`excluded.cap_minutes`,
							mandatory: sql`excluded.mandatory`,
							bookable: sql`excluded.bookable`
						}
					});
			}
		}
	});
}
