import { readFileSync } from 'node:fs';
import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import { hourMonthTotal } from '$lib/server/db/schema';
import { billingForMonth, cancelHours, correctHours, logHours } from '$lib/server/hours/service';
import { liveMinutesOf } from '$lib/server/hours/queries';
import {
	hourEntry as entry,
	runningBooking,
	testPerson,
	testProvider,
	unique
} from '$test/fixtures';

/**
 * hour_month_total is kept by a trigger of migration 0015: these tests hold it to the live
 * sums (isLiveEntry) after every kind of write, and check that migration's fill of an
 * existing database.
 */
const now = new Date('2027-03-20T12:00:00Z');

async function securityBooking() {
	const providerId = await testProvider();
	const people = {
		participant: await testPerson(unique('paula'), 'participant', null),
		lead: await testPerson(unique('leonie'), 'lead', providerId),
		trainer: await testPerson(unique('thea'), 'trainer', providerId)
	};
	const options = { wishedProviderId: providerId, startedAt: new Date('2026-12-03T10:00:00Z') };
	// Sicherung Arbeitsplatz (30 hours a month, so the months below all take entries) comes
	// after an Einstiegsphase.
	await runningBooking(people, { ...options, moduleCode: 'entry', plannedEnd: '2027-01-31' });
	const bookingId = await runningBooking(people, {
		...options,
		moduleCode: 'job_security',
		plannedEnd: '2027-06-30'
	});
	const log = async (date: string, minutes: number) => {
		const logged = await logHours(people.trainer, bookingId, entry(date, minutes), now);
		if (!logged.ok) throw new Error(logged.reason);
		return logged.entryId;
	};
	const correct = async (entryId: string, date: string, minutes: number) =>
		expect(
			await correctHours(people.trainer, entryId, { ...entry(date, minutes), reason: 'Datum' }, now)
		).toMatchObject({ ok: true });
	const cancel = async (entryId: string) =>
		expect(
			await cancelHours(
				people.trainer,
				entryId,
				{ reason: 'Termin ausgefallen', requestKey: crypto.randomUUID() },
				now
			)
		).toMatchObject({ ok: true });
	return { ...people, bookingId, log, correct, cancel };
}

async function totalsOf(bookingId: string) {
	const db = await getDb();
	return db
		.select({ month: hourMonthTotal.month, minutes: hourMonthTotal.minutes })
		.from(hourMonthTotal)
		.where(eq(hourMonthTotal.bookingId, bookingId))
		.orderBy(asc(hourMonthTotal.month));
}

async function liveSumsOf(bookingId: string, months: string[]) {
	const db = await getDb();
	return Promise.all(
		months.map(async (month) => ({
			month,
			minutes: await liveMinutesOf(db, bookingId, {
				from: `${month}-01`,
				before: month.endsWith('-12')
					? `${Number(month.slice(0, 4)) + 1}-01-01`
					: `${month.slice(0, 5)}${String(Number(month.slice(5)) + 1).padStart(2, '0')}-01`
			})
		}))
	);
}

describe('the month totals of hour entries', () => {
	it('follow new entries, corrections into another month and cancellations', async () => {
		const { lead, bookingId, log, correct, cancel } = await securityBooking();
		await log('2027-01-10', 120);
		const moved = await log('2027-01-12', 60);
		const cancelled = await log('2027-02-02', 45);
		await log('2027-02-03', 30);

		// The trainer had the wrong month: the entry moves from January to March.
		await correct(moved, '2027-03-01', 90);
		await cancel(cancelled);

		const months = ['2027-01', '2027-02', '2027-03'];
		expect(await totalsOf(bookingId)).toEqual([
			{ month: '2027-01', minutes: 120 },
			{ month: '2027-02', minutes: 30 },
			{ month: '2027-03', minutes: 90 }
		]);
		expect(await totalsOf(bookingId)).toEqual(await liveSumsOf(bookingId, months));
		expect((await billingForMonth(lead, '2027-03')).map((row) => row.minutes)).toEqual([90]);
	});

	it('leave a month whose entries were all cancelled out of the billing', async () => {
		const { lead, bookingId, log, cancel } = await securityBooking();
		await cancel(await log('2027-02-10', 60));

		expect(await totalsOf(bookingId)).toEqual([{ month: '2027-02', minutes: 0 }]);
		expect(await billingForMonth(lead, '2027-02')).toEqual([]);
	});

	it('are filled from the live entries when the migration runs on an existing database', async () => {
		const { bookingId, log, correct } = await securityBooking();
		await log('2027-01-10', 120);
		await correct(await log('2027-01-11', 60), '2027-02-11', 75);
		const kept = await totalsOf(bookingId);
		expect(kept).toEqual([
			{ month: '2027-01', minutes: 120 },
			{ month: '2027-02', minutes: 75 }
		]);

		// The migration's first statement fills the table; run it on an emptied one.
		const migration = readFileSync('drizzle/0015_hour_month_total_trigger.sql', 'utf8');
		const [fill = ''] = migration.split('--> statement-breakpoint');
		const db = await getDb();
		await db.delete(hourMonthTotal);
		expect(await totalsOf(bookingId)).toEqual([]);
		await db.run(sql.raw(fill));
		expect(await totalsOf(bookingId)).toEqual(kept);
	});
});
