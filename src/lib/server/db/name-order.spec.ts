import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { nameOrderFolds, nameOrderKey, nameOrderSql } from '$lib/domain/name-order';
import { staffBookingPage } from '$lib/server/bookings/reading';
import { getDb } from '$lib/server/db';
import { reportOverview } from '$lib/server/documents/reports';
import { billingPage, logHours } from '$lib/server/hours/service';
import { actorFor, insertUser } from '$lib/server/users/service';
import { hourEntry, runningBooking, testPerson, testProvider, unique } from '$test/fixtures';

/** Written in an order no list should keep; the phone-book order is the one below. */
const names = [
	'Zander Uwe',
	'Özdemir Ali',
	'Ozeki Jun',
	'Oberle Max',
	'de Vries Eva',
	'Dietrich Udo'
];
const phoneBookOrder = [
	'de Vries Eva',
	'Dietrich Udo',
	'Oberle Max',
	'Özdemir Ali',
	'Ozeki Jun',
	'Zander Uwe'
];

describe('names in the staff lists', () => {
	it('are ordered by SQLite exactly as the domain rule orders them', async () => {
		const db = await getDb();
		const samples = [
			...nameOrderFolds.map(([letter]) => `${letter}x ${letter}`),
			...names,
			'ÄÖÜ Straße'
		];
		for (const name of samples) {
			const [row] = await db.all<{ key: string }>(
				sql`select ${sql.raw(nameOrderSql('"name"'))} as key from (select ${name} as "name")`
			);
			expect(row?.key, name).toBe(nameOrderKey(name));
		}
	});

	it('stand in phone-book order on the booking list, the billing page and the report list', async () => {
		const providerId = await testProvider();
		const lead = await testPerson(unique('leonie'), 'lead', providerId);
		const trainer = await testPerson(unique('thea'), 'trainer', providerId);
		const db = await getDb();
		for (const displayName of names) {
			const participant = await actorFor(
				await insertUser(db, {
					username: unique('p'),
					displayName,
					role: 'participant',
					providerId: null,
					password: 'pw'
				})
			);
			const bookingId = await runningBooking(
				{ participant, lead, trainer },
				{ wishedProviderId: providerId }
			);
			const logged = await logHours(
				trainer,
				bookingId,
				hourEntry('2027-01-10', 60),
				new Date('2027-01-20T12:00:00Z')
			);
			expect(logged.ok).toBe(true);
		}

		const bookings = await staffBookingPage(lead, { q: '', state: null, trainerId: null, page: 1 });
		expect(bookings.rows.map((row) => row.participantName)).toEqual(phoneBookOrder);
		const billing = await billingPage(lead, '2027-01', 1);
		expect(billing.rows.map((row) => row.participantName)).toEqual(phoneBookOrder);
		const reports = await reportOverview(lead, { q: '', state: null, page: 1 });
		expect(reports.rows.map((row) => row.participantName)).toEqual(phoneBookOrder);
	});
});
