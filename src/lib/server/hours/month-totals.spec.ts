import { readFileSync } from 'node:fs';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import type { Actor } from '$lib/server/access';
import {
	billingLine,
	booking,
	hourEntry as hourEntryTable,
	hourMonthTotal,
	user
} from '$lib/server/db/schema';
import {
	billingForMonth,
	billingPage,
	cancelHours,
	correctHours,
	logHours
} from '$lib/server/hours/service';
import { liveMinutesOf } from '$lib/server/hours/queries';
import {
	hourEntry as entry,
	manyParticipants,
	runningBooking,
	testPerson,
	testProvider,
	unique
} from '$test/fixtures';

/**
 * hour_month_total is kept by a trigger of migration 0015, billing_line by triggers of 0017:
 * these tests hold them to the live sums (isLiveEntry) after every kind of write, and check
 * those migrations' fills of an existing database.
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
		expect((await linesOf(lead.providerId!, '2027-02')).map((row) => row.minutes)).toEqual([0]);
		expect(await billingForMonth(lead, '2027-02')).toEqual([]);
		expect(await billingPage(lead, '2027-02', 1)).toEqual({
			rows: [],
			total: 0,
			page: 1,
			pages: 1,
			totalMinutes: 0
		});
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

/** The billing lines of a provider's month as billing_line holds them, in the page's order. */
async function linesOf(providerId: string, month: string) {
	return (await getDb())
		.select({
			participantId: billingLine.participantId,
			participantName: billingLine.participantName,
			moduleCode: billingLine.moduleCode,
			minutes: billingLine.minutes
		})
		.from(billingLine)
		.where(and(eq(billingLine.providerId, providerId), eq(billingLine.month, month)))
		.orderBy(billingLine.participantName, billingLine.moduleCode, billingLine.participantId);
}

/** The same lines summed from hour_month_total and the bookings, as billing read them before. */
async function linesFromTotals(providerId: string, month: string) {
	return (await getDb())
		.select({
			participantId: booking.participantId,
			participantName: user.displayName,
			moduleCode: booking.moduleCode,
			minutes: sql<number>`sum(${hourMonthTotal.minutes})`.mapWith(Number)
		})
		.from(hourMonthTotal)
		.innerJoin(booking, eq(hourMonthTotal.bookingId, booking.id))
		.innerJoin(user, eq(booking.participantId, user.id))
		.where(and(eq(hourMonthTotal.month, month), eq(booking.providerId, providerId)))
		.groupBy(booking.participantId, booking.moduleCode)
		.orderBy(user.displayName, booking.moduleCode, booking.participantId);
}

/** An entry written past the services, for a booking the services would not take hours on. */
async function storedEntry(bookingId: string, authorId: string, date: string, minutes: number) {
	await (await getDb()).insert(hourEntryTable).values({
		id: crypto.randomUUID(),
		bookingId,
		date,
		minutes,
		kind: 'with_participant',
		lang: 'de',
		authorId,
		requestKey: crypto.randomUUID(),
		createdAt: new Date()
	});
}

async function storedBooking(participant: Actor, providerId: string, moduleCode: string) {
	const id = crypto.randomUUID();
	await (await getDb()).insert(booking).values({
		id,
		participantId: participant.id,
		moduleCode,
		state: 'running',
		providerId,
		requestKey: crypto.randomUUID(),
		updatedAt: new Date()
	});
	return id;
}

describe('the billing lines', () => {
	it('follow entries, corrections into another month, cancellations and a rename', async () => {
		const { participant, lead, bookingId, log, correct, cancel } = await securityBooking();
		const providerId = lead.providerId!;
		await log('2027-01-10', 120);
		const moved = await log('2027-01-12', 60);
		const cancelled = await log('2027-02-02', 45);
		await log('2027-02-03', 30);
		await correct(moved, '2027-03-01', 90);
		await cancel(cancelled);

		const line = (minutes: number) => ({
			participantId: participant.id,
			participantName: participant.displayName,
			moduleCode: 'job_security',
			minutes
		});
		for (const [month, minutes] of [
			['2027-01', 120],
			['2027-02', 30],
			['2027-03', 90]
		] as const) {
			expect(await linesOf(providerId, month)).toEqual([line(minutes)]);
			expect(await linesOf(providerId, month)).toEqual(await linesFromTotals(providerId, month));
		}
		expect(await totalsOf(bookingId)).toHaveLength(3);

		const renamed = unique('Paula Neu');
		await (
			await getDb()
		)
			.update(user)
			.set({ displayName: renamed })
			.where(eq(user.id, participant.id));
		expect(await billingForMonth(lead, '2027-03')).toEqual([
			{ participantName: renamed, moduleCode: 'job_security', minutes: 90 }
		]);
		expect(await linesOf(providerId, '2027-01')).toEqual(
			await linesFromTotals(providerId, '2027-01')
		);
	});

	it('sum a person’s bookings of one module, and move with a booking to another module or provider', async () => {
		const providerId = await testProvider();
		const otherProvider = await testProvider();
		const author = await testPerson(unique('thea'), 'trainer', providerId);
		const participant = await testPerson(unique('paul'), 'participant', null);
		const first = await storedBooking(participant, providerId, 'job_security');
		const second = await storedBooking(participant, providerId, 'job_security');
		await storedEntry(first, author.id, '2027-03-02', 60);
		await storedEntry(second, author.id, '2027-03-03', 45);
		await storedEntry(second, author.id, '2027-04-03', 30);
		const march = async () => linesFromTotals(providerId, '2027-03');
		expect((await linesOf(providerId, '2027-03')).map((row) => row.minutes)).toEqual([105]);
		expect(await linesOf(providerId, '2027-03')).toEqual(await march());

		const db = await getDb();
		await db.update(booking).set({ moduleCode: 'entry' }).where(eq(booking.id, second));
		expect(
			(await linesOf(providerId, '2027-03')).map((row) => [row.moduleCode, row.minutes])
		).toEqual([
			['entry', 45],
			['job_security', 60]
		]);
		expect(await linesOf(providerId, '2027-03')).toEqual(await march());
		await db.update(booking).set({ providerId: otherProvider }).where(eq(booking.id, second));
		// The line the booking left keeps 0 minutes, which billing leaves out.
		expect((await linesOf(providerId, '2027-03')).filter((row) => row.minutes > 0)).toEqual(
			await march()
		);
		expect(await linesOf(otherProvider, '2027-03')).toEqual(
			await linesFromTotals(otherProvider, '2027-03')
		);
		expect(await linesOf(otherProvider, '2027-04')).toEqual(
			await linesFromTotals(otherProvider, '2027-04')
		);
		expect((await linesOf(providerId, '2027-04')).map((row) => row.minutes)).toEqual([0, 0]);
	});

	it('are filled from the month totals when the migration runs on an existing database', async () => {
		const { lead, log, correct } = await securityBooking();
		await log('2027-01-10', 120);
		await correct(await log('2027-01-11', 60), '2027-02-11', 75);
		const providerId = lead.providerId!;
		const kept = [await linesOf(providerId, '2027-01'), await linesOf(providerId, '2027-02')];
		expect(kept.map((lines) => lines.map((row) => row.minutes))).toEqual([[120], [75]]);

		const migration = readFileSync('drizzle/0017_report_list_and_billing_triggers.sql', 'utf8');
		const fill = migration
			.split('--> statement-breakpoint')
			.find((statement) => /^INSERT INTO `billing_line`/m.test(statement))!;
		const db = await getDb();
		await db.delete(billingLine);
		expect(await linesOf(providerId, '2027-01')).toEqual([]);
		await db.run(sql.raw(fill));
		expect([await linesOf(providerId, '2027-01'), await linesOf(providerId, '2027-02')]).toEqual(
			kept
		);
	});
});

describe('the billing page', () => {
	it('reads 50 lines a page in name, module and participant order, with the count and sum of all', async () => {
		const providerId = await testProvider();
		const lead = await testPerson(unique('leonie'), 'lead', providerId);
		const people = await manyParticipants('bill', 52);
		const db = await getDb();
		// Two people of one name: the participant's id decides between them.
		await db
			.update(user)
			.set({ displayName: people[1]!.displayName })
			.where(eq(user.id, people[2]!.id));
		for (const [index, person] of people.entries()) {
			const security = await storedBooking(person, providerId, 'job_security');
			await storedEntry(security, lead.id, '2027-03-02', 15 + index);
			if (index % 10 === 0) {
				const entry = await storedBooking(person, providerId, 'entry');
				await storedEntry(entry, lead.id, '2027-03-03', 30);
			}
		}
		const expected = await linesFromTotals(providerId, '2027-03');
		const all = await billingForMonth(lead, '2027-03');
		expect(all).toHaveLength(52 + 6);
		expect(all).toEqual(expected.map(({ participantId: _, ...row }) => row));
		expect(all.slice(0, 2).map((row) => row.moduleCode)).toEqual(['entry', 'job_security']);
		const twins = expected.filter((row) => row.participantName === people[1]!.displayName);
		expect(twins.map((row) => row.participantId)).toEqual([people[1]!.id, people[2]!.id].sort());

		const first = await billingPage(lead, '2027-03', 1);
		const second = await billingPage(lead, '2027-03', 2);
		const totalMinutes = all.reduce((sum, row) => sum + row.minutes, 0);
		expect(first).toEqual({ rows: all.slice(0, 50), total: 58, page: 1, pages: 2, totalMinutes });
		expect(second).toEqual({ rows: all.slice(50), total: 58, page: 2, pages: 2, totalMinutes });
		// A page past the end shows the last one; another provider's lead sees none of it.
		expect(await billingPage(lead, '2027-03', 9)).toEqual(second);
		const otherLead = await testPerson(unique('olga'), 'lead', await testProvider());
		expect((await billingPage(otherLead, '2027-03', 1)).total).toBe(0);
		expect(await billingForMonth(otherLead, '2027-03')).toEqual([]);
	});
});
