import { beforeAll, describe, expect, it } from 'vitest';
import {
	byMonthNewestFirst,
	forecastRunOut,
	hoursSummary,
	liveEntries,
	sumMinutes
} from '$lib/domain/hours';
import type { Actor } from '../access';
import { advanceBooking, listOwnBookings } from '$lib/server/bookings/service';
import {
	insertTestProviders,
	manyParticipants,
	runningBooking,
	testPerson,
	testProvider,
	unique,
	hourEntry as entry
} from '$test/fixtures';
import {
	billingForMonth,
	billingPage,
	cancelHours,
	correctHours,
	logHours,
	ownCurrentHours,
	ownHours,
	ownHoursMonths,
	ownHoursOverview
} from '$lib/server/hours/service';

const now = new Date('2027-03-20T12:00:00Z');

interface HoursCast {
	participant: Actor;
	lead: Actor;
	trainer: Actor;
	/** A running Einstiegsphase (cap 48 hours), 4 to 31 January 2027. */
	entryId: string;
	/** A running Sicherung Arbeitsplatz (30 hours a month), 4 January to 30 June 2027. */
	securityId: string;
}

/** Fresh people of one provider (Lebenshilfe unless named), with two running bookings. */
async function hoursCast(providerId = 'lh'): Promise<HoursCast> {
	const people = {
		participant: await testPerson(unique('paula'), 'participant', null),
		lead: await testPerson(unique('leonie'), 'lead', providerId),
		trainer: await testPerson(unique('thea'), 'trainer', providerId)
	};
	const started = (moduleCode: string, plannedEnd: string) =>
		runningBooking(people, {
			moduleCode,
			plannedEnd,
			wishedProviderId: providerId,
			startedAt: new Date('2026-12-03T10:00:00Z')
		});
	return {
		...people,
		entryId: await started('entry', '2027-01-31'),
		securityId: await started('job_security', '2027-06-30')
	};
}

/** Forty of the Einstiegsphase's 48 hours, in four entries of ten hours. */
async function logFortyHours(trainer: Actor, entryId: string): Promise<void> {
	for (const day of ['2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']) {
		expect(await logHours(trainer, entryId, entry(day, 600), now)).toMatchObject({ ok: true });
	}
}

beforeAll(insertTestProviders);

describe('logging hours', () => {
	it('refuses an entry over the cap and names the hours still free', async () => {
		const { trainer, entryId: entryBookingId } = await hoursCast();
		await logFortyHours(trainer, entryBookingId);
		// 40 hours used of 48: a 10-hour entry does not fit, 8 hours are free.
		expect(await logHours(trainer, entryBookingId, entry('2027-01-11', 600), now)).toEqual({
			ok: false,
			reason: 'over_cap',
			freeMinutes: 480,
			perMonth: false
		});
	});

	it('never passes the cap, however many entries arrive at once', async () => {
		const { participant, trainer, entryId: entryBookingId } = await hoursCast();
		await logFortyHours(trainer, entryBookingId);
		const results = await Promise.all(
			Array.from({ length: 30 }, (_, index) =>
				logHours(
					trainer,
					entryBookingId,
					entry(`2027-01-${String(12 + (index % 10)).padStart(2, '0')}`, 60),
					now
				)
			)
		);
		expect(results.filter((result) => result.ok)).toHaveLength(8);
		const [hours] = (await ownHours(participant)).filter(
			(row) => row.booking.id === entryBookingId
		);
		expect(hours!.usedMinutes).toBe(48 * 60);
		expect(sumMinutes(liveEntries(hours!.allEntries))).toBe(48 * 60);
	});

	it('holds 30 hours per calendar month in Sicherung Arbeitsplatz', async () => {
		const { trainer, securityId: securityBookingId } = await hoursCast();
		for (const day of ['2027-02-01', '2027-02-02', '2027-02-03']) {
			expect(await logHours(trainer, securityBookingId, entry(day, 600), now)).toMatchObject({
				ok: true
			});
		}
		expect(await logHours(trainer, securityBookingId, entry('2027-02-28', 15), now)).toEqual({
			ok: false,
			reason: 'over_cap',
			freeMinutes: 0,
			perMonth: true
		});
		// A new month starts with its own 30 hours.
		expect(await logHours(trainer, securityBookingId, entry('2027-03-01', 600), now)).toMatchObject(
			{ ok: true }
		);
	});

	it('refuses bad durations and days in the future or outside the booking', async () => {
		const { trainer, securityId: securityBookingId } = await hoursCast();
		expect(await logHours(trainer, securityBookingId, entry('2027-03-02', 0), now)).toEqual({
			ok: false,
			reason: 'invalid_duration'
		});
		expect(await logHours(trainer, securityBookingId, entry('2027-03-02', -60), now)).toEqual({
			ok: false,
			reason: 'invalid_duration'
		});
		expect(await logHours(trainer, securityBookingId, entry('2027-03-02', 20), now)).toEqual({
			ok: false,
			reason: 'invalid_duration'
		});
		expect(await logHours(trainer, securityBookingId, entry('2027-03-02', 24 * 60), now)).toEqual({
			ok: false,
			reason: 'invalid_duration'
		});
		expect(await logHours(trainer, securityBookingId, entry('2027-03-21', 60), now)).toEqual({
			ok: false,
			reason: 'date_in_future'
		});
		expect(await logHours(trainer, securityBookingId, entry('2026-12-31', 60), now)).toEqual({
			ok: false,
			reason: 'date_outside_booking',
			earliest: '2027-01-04',
			latest: '2027-03-20'
		});
	});

	it('logs a repeated form once', async () => {
		const { trainer, securityId: securityBookingId } = await hoursCast();
		const once = entry('2027-03-03', 60);
		const first = await logHours(trainer, securityBookingId, once, now);
		const second = await logHours(trainer, securityBookingId, once, now);
		expect(second).toEqual(first);
	});

	it('answers 404 for another provider’s booking', async () => {
		const { securityId: securityBookingId } = await hoursCast();
		const otherTrainer = await testPerson(unique('jonas'), 'trainer', 'jh');
		await expect(
			logHours(otherTrainer, securityBookingId, entry('2027-03-04', 60), now)
		).rejects.toMatchObject({ status: 404 });
	});
});

describe('corrections and cancellations', () => {
	it('keeps the old row, counts the new one, and allows one correction per row', async () => {
		const { participant, trainer, securityId: securityBookingId } = await hoursCast();
		const logged = await logHours(trainer, securityBookingId, entry('2027-03-05', 120), now);
		if (!logged.ok) throw new Error('not logged');
		const corrected = await correctHours(
			trainer,
			logged.entryId,
			{ ...entry('2027-03-05', 90), reason: 'Tippfehler' },
			now
		);
		expect(corrected).toMatchObject({ ok: true });
		expect(
			await correctHours(
				trainer,
				logged.entryId,
				{ ...entry('2027-03-05', 60), reason: 'Noch mal' },
				now
			)
		).toEqual({
			ok: false,
			reason: 'already_replaced'
		});
		const [hours] = (await ownHours(participant)).filter(
			(row) => row.booking.id === securityBookingId
		);
		expect(hours!.allEntries.map((row) => row.id)).toContain(logged.entryId);
		expect(hours!.live.map((row) => row.id)).not.toContain(logged.entryId);
		expect(hours!.live.find((row) => corrected.ok && row.id === corrected.entryId)?.minutes).toBe(
			90
		);
	});

	it('cancels with a reason, and the hours no longer count', async () => {
		const { participant, trainer, securityId: securityBookingId } = await hoursCast();
		const logged = await logHours(trainer, securityBookingId, entry('2027-03-06', 60), now);
		if (!logged.ok) throw new Error('not logged');
		const before = (await ownHours(participant)).find(
			(row) => row.booking.id === securityBookingId
		)!.usedMinutes;
		expect(
			await cancelHours(
				trainer,
				logged.entryId,
				{ reason: 'Termin ausgefallen', requestKey: crypto.randomUUID() },
				now
			)
		).toMatchObject({ ok: true });
		const after = (await ownHours(participant)).find(
			(row) => row.booking.id === securityBookingId
		)!;
		expect(after.usedMinutes).toBe(before - 60);
		expect(after.allEntries.find((row) => row.replacesId === logged.entryId)).toMatchObject({
			isCancellation: true,
			reason: 'Termin ausgefallen'
		});
	});
});

describe('the hours left on the start page', () => {
	it('sums in SQL what the entries say: this month only, without corrected or cancelled rows', async () => {
		const { participant, lead, trainer, entryId, securityId } = await hoursCast();
		// The Einstiegsphase ends, so Sicherung Arbeitsplatz is the one running booking.
		const entryVersion = (await listOwnBookings(participant)).find((row) => row.id === entryId)!;
		await advanceBooking(
			lead,
			entryId,
			{ version: entryVersion.version, step: 'finish', confirmed: true },
			new Date('2027-02-01T10:00:00Z')
		);
		const log = async (date: string, minutes: number) => {
			const logged = await logHours(trainer, securityId, entry(date, minutes), now);
			if (!logged.ok) throw new Error(logged.reason);
			return logged.entryId;
		};
		await log('2027-02-26', 120);
		await log('2027-03-02', 240);
		const corrected = await log('2027-03-03', 120);
		await correctHours(
			trainer,
			corrected,
			{ ...entry('2027-03-03', 45), reason: 'Tippfehler' },
			now
		);
		const cancelled = await log('2027-03-04', 60);
		await cancelHours(
			trainer,
			cancelled,
			{ reason: 'Fiel aus', requestKey: crypto.randomUUID() },
			now
		);

		const current = await ownCurrentHours(participant, '2027-03-20');
		expect(current?.booking.id).toBe(securityId);
		// Sicherung Arbeitsplatz: 30 hours a month; March has 240 + 45 minutes.
		expect(current?.summary).toEqual({
			usedMinutes: 285,
			capMinutes: 1800,
			minutesLeft: 1515,
			level: 'normal'
		});
		const fromRows = (await ownHours(participant)).find((row) => row.booking.id === securityId)!;
		expect(current?.summary).toEqual(hoursSummary(fromRows.cap, fromRows.live, '2027-03-20'));
	});

	it('counts every live minute of the booking for a cap over the whole module', async () => {
		const { participant, trainer, entryId } = await hoursCast();
		const january = new Date('2027-01-20T12:00:00Z');
		const log = async (date: string, minutes: number) => {
			const logged = await logHours(trainer, entryId, entry(date, minutes), january);
			if (!logged.ok) throw new Error(logged.reason);
			return logged.entryId;
		};
		await log('2027-01-05', 120);
		const corrected = await log('2027-01-12', 60);
		await correctHours(
			trainer,
			corrected,
			{ ...entry('2027-01-12', 30), reason: 'Tippfehler' },
			january
		);
		const cancelled = await log('2027-01-19', 45);
		await cancelHours(
			trainer,
			cancelled,
			{ reason: 'Fiel aus', requestKey: crypto.randomUUID() },
			january
		);

		const current = await ownCurrentHours(participant, '2027-01-20');
		expect(current?.booking.id).toBe(entryId);
		// Einstiegsphase: 48 hours in all; 120 + 30 minutes are live.
		expect(current?.summary).toEqual({
			usedMinutes: 150,
			capMinutes: 2880,
			minutesLeft: 2730,
			level: 'normal'
		});
	});

	it('has nothing to show without a running booking', async () => {
		const stranger = await testPerson(unique('stefan'), 'participant', null);
		expect(await ownCurrentHours(stranger, '2027-03-20')).toBeNull();
	});
});

describe('the hours page, 3 months at a time', () => {
	/**
	 * A running Qualifizierungsphase with 405 minutes in each of 7 months (February to August
	 * 2027), a correction in June and a cancellation in August.
	 */
	async function sevenMonths() {
		const cast = await hoursCast();
		const qualificationId = await runningBooking(cast, {
			moduleCode: 'qualification',
			plannedStart: '2027-02-01',
			plannedEnd: '2027-11-30',
			wishedProviderId: 'lh',
			startedAt: new Date('2027-02-01T08:00:00Z')
		});
		const later = new Date('2027-08-20T12:00:00Z');
		const log = async (date: string, minutes: number) => {
			const logged = await logHours(cast.trainer, qualificationId, entry(date, minutes), later);
			if (!logged.ok) throw new Error(logged.reason);
			return logged.entryId;
		};
		for (const month of ['02', '03', '04', '05', '06', '07', '08'])
			for (const [index, day] of ['03', '10', '17'].entries())
				await log(`2027-${month}-${day}`, 120 + 15 * index);
		const corrected = await log('2027-06-24', 240);
		await correctHours(
			cast.trainer,
			corrected,
			{ ...entry('2027-06-24', 180), reason: 'Tippfehler' },
			later
		);
		const cancelled = await log('2027-08-18', 60);
		await cancelHours(
			cast.trainer,
			cancelled,
			{ reason: 'Fiel aus', requestKey: crypto.randomUUID() },
			later
		);
		return { ...cast, qualificationId };
	}

	it('sums and forecasts as from all entries, and says which modules have hours', async () => {
		const { participant, qualificationId } = await sevenMonths();
		const today = '2027-08-20';
		const fromRows = (await ownHours(participant)).find(
			(row) => row.booking.id === qualificationId
		)!;
		const overview = await ownHoursOverview(participant, today);
		const shown = overview.find((row) => row.booking.id === qualificationId)!;
		expect(shown.summary).toEqual(hoursSummary(fromRows.cap, fromRows.live, today));
		expect(shown.forecast).not.toBeNull();
		expect(shown.forecast).toBe(forecastRunOut(fromRows.live, 540 * 60, '2027-02-01', today));
		expect(shown.hasHours).toBe(true);
		// The entries themselves are on the module's page, not in the overview.
		expect(Object.keys(shown)).not.toContain('recent');
		// The other bookings without entries have nothing to open.
		const security = overview.find((row) => row.booking.moduleCode === 'job_security')!;
		expect(security.hasHours).toBe(false);
	});

	it('lists the newest 3 months on the module page, without a month asked for', async () => {
		const { participant, qualificationId } = await sevenMonths();
		const fromRows = (await ownHours(participant)).find(
			(row) => row.booking.id === qualificationId
		)!;
		const { months } = await ownHoursMonths(participant, qualificationId, null);
		const byMonth = byMonthNewestFirst(fromRows.live);
		expect(months.months).toEqual(
			byMonth.slice(0, 3).map((group) => ({
				month: group.month,
				totalMinutes: sumMinutes(group.entries),
				entries: group.entries.map(({ date, minutes, kind, note, lang }) => ({
					date,
					minutes,
					kind,
					note,
					lang
				}))
			}))
		);
		expect(months.months.map((month) => month.month)).toEqual(['2027-08', '2027-07', '2027-06']);
		// The corrected entry counts with its new minutes; the cancelled one not at all.
		expect(months.months[2]!.totalMinutes).toBe(405 + 180);
		expect(months.months[0]!.totalMinutes).toBe(405);
		expect(months).toMatchObject({ older: '2027-06', newer: null });
	});

	it('pages to older months and back, and falls back to the newest for a bad month', async () => {
		const { participant, qualificationId } = await sevenMonths();
		const older = await ownHoursMonths(participant, qualificationId, '2027-06');
		expect(older.months.months.map((month) => [month.month, month.totalMinutes])).toEqual([
			['2027-05', 405],
			['2027-04', 405],
			['2027-03', 405]
		]);
		expect(older.months).toMatchObject({ older: '2027-03', newer: { before: null } });
		const oldest = await ownHoursMonths(participant, qualificationId, '2027-03');
		expect(oldest.months.months.map((month) => month.month)).toEqual(['2027-02']);
		expect(oldest.months).toMatchObject({ older: null, newer: { before: '2027-06' } });
		for (const bad of ['nonsense', '2027-13', null]) {
			const newest = await ownHoursMonths(participant, qualificationId, bad);
			expect(newest.months.months.map((month) => month.month)).toEqual([
				'2027-08',
				'2027-07',
				'2027-06'
			]);
		}
	});

	it('answers 404 for another person’s booking and a made-up one', async () => {
		const { qualificationId } = await sevenMonths();
		const stranger = await testPerson(unique('stefan'), 'participant', null);
		await expect(ownHoursMonths(stranger, qualificationId, null)).rejects.toMatchObject({
			status: 404
		});
		await expect(ownHoursMonths(stranger, crypto.randomUUID(), '2027-06')).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('what others see', () => {
	it('shows a participant only their own hours', async () => {
		const { trainer, entryId } = await hoursCast();
		expect(await logHours(trainer, entryId, entry('2027-01-05', 60), now)).toMatchObject({
			ok: true
		});
		const stranger = await testPerson(unique('stefan'), 'participant', null);
		expect(await ownHours(stranger)).toEqual([]);
	});

	it('sums the billing export from the live entries of the month', async () => {
		// A provider of its own: the billing export sums over all of a provider's participants.
		const { participant, lead, trainer, securityId } = await hoursCast(await testProvider());
		const log = async (date: string, minutes: number) => {
			const logged = await logHours(trainer, securityId, entry(date, minutes), now);
			if (!logged.ok) throw new Error(logged.reason);
			return logged.entryId;
		};
		await log('2027-02-26', 120);
		await log('2027-03-01', 600);
		const corrected = await log('2027-03-05', 120);
		expect(
			await correctHours(
				trainer,
				corrected,
				{ ...entry('2027-03-05', 90), reason: 'Tippfehler' },
				now
			)
		).toMatchObject({ ok: true });
		const cancelled = await log('2027-03-06', 60);
		expect(
			await cancelHours(
				trainer,
				cancelled,
				{ reason: 'Termin ausgefallen', requestKey: crypto.randomUUID() },
				now
			)
		).toMatchObject({ ok: true });
		const rows = await billingForMonth(lead, '2027-03');
		const live = (await ownHours(participant))
			.flatMap((row) => row.live)
			.filter((row) => row.date.startsWith('2027-03'));
		expect(sumMinutes(live)).toBe(600 + 90);
		expect(rows).toEqual([
			{
				participantName: participant.displayName,
				moduleCode: 'job_security',
				minutes: sumMinutes(live)
			}
		]);
		expect(await billingForMonth(lead, '2026-11')).toEqual([]);
	});
});

describe('the billing page', () => {
	it('shows 50 rows a page, sorted by name, with the month total over all rows', async () => {
		const providerId = await testProvider();
		const lead = await testPerson(unique('leonie'), 'lead', providerId);
		const trainer = await testPerson(unique('thea'), 'trainer', providerId);
		const participants = await manyParticipants('bill', 55);
		for (const [index, participant] of participants.entries()) {
			const id = await runningBooking(
				{ participant, lead, trainer },
				{ wishedProviderId: providerId, startedAt: new Date('2026-12-03T10:00:00Z') }
			);
			const logged = await logHours(trainer, id, entry('2027-01-05', 15 + (index % 30) * 15), now);
			if (!logged.ok) throw new Error(logged.reason);
		}
		const all = await billingForMonth(lead, '2027-01');
		const second = await billingPage(lead, '2027-01', 2);
		expect(second).toMatchObject({ total: 55, page: 2, pages: 2 });
		expect(second.rows).toEqual(all.slice(50));
		expect(second.rows.map((row) => row.participantName)).toEqual(
			participants.slice(50).map((participant) => participant.displayName)
		);
		expect(second.totalMinutes).toBe(sumMinutes(all));
		expect((await billingPage(lead, '2027-01', 1)).rows).toHaveLength(50);
		// A page past the end shows the last one.
		expect((await billingPage(lead, '2027-01', 9)).page).toBe(2);
	}, 120_000);
});

describe('hours of one person on one day', () => {
	async function person() {
		const id = crypto.randomUUID().slice(0, 8);
		const people = {
			participant: await testPerson(`day-${id}`, 'participant', null),
			lead: await testPerson(`day-lead-${id}`, 'lead', 'lh'),
			trainer: await testPerson(`day-trainer-${id}`, 'trainer', 'lh')
		};
		const book = (moduleCode: string, plannedEnd: string) =>
			runningBooking(people, { moduleCode, plannedEnd, wishedProviderId: 'lh' });
		return {
			...people,
			entryId: await book('entry', '2027-01-31'),
			securityId: await book('job_security', '2027-06-30')
		};
	}

	it('refuses more than 10 hours on one day over all of a person’s bookings, and says how much is free', async () => {
		const { trainer, entryId, securityId } = await person();
		expect(await logHours(trainer, entryId, entry('2027-01-12', 8 * 60), now)).toMatchObject({
			ok: true
		});
		expect(await logHours(trainer, securityId, entry('2027-01-12', 3 * 60), now)).toEqual({
			ok: false,
			reason: 'over_day_limit',
			freeMinutes: 120
		});
		expect(await logHours(trainer, securityId, entry('2027-01-12', 2 * 60), now)).toMatchObject({
			ok: true
		});
		// Another day is free again.
		expect(await logHours(trainer, securityId, entry('2027-01-13', 2 * 60), now)).toMatchObject({
			ok: true
		});
	});

	it('lets a correction replace the hours of its own day instead of adding to them', async () => {
		const { trainer, entryId } = await person();
		const first = await logHours(trainer, entryId, entry('2027-01-14', 10 * 60), now);
		if (!first.ok) throw new Error(first.reason);
		expect(
			await correctHours(
				trainer,
				first.entryId,
				{ ...entry('2027-01-14', 9 * 60), reason: 'Eine Stunde zu viel' },
				now
			)
		).toMatchObject({ ok: true });
	});
});

describe('request keys of hour entries', () => {
	it('are unique within their booking: the same key on another booking is another entry', async () => {
		const id = crypto.randomUUID().slice(0, 8);
		const people = {
			participant: await testPerson(`key-${id}`, 'participant', null),
			lead: await testPerson(`key-lead-${id}`, 'lead', 'lh'),
			trainer: await testPerson(`key-trainer-${id}`, 'trainer', 'lh')
		};
		const other = {
			...people,
			participant: await testPerson(`key-other-${id}`, 'participant', null)
		};
		const booking = { wishedProviderId: 'lh' };
		const first = await runningBooking(people, booking);
		const second = await runningBooking(other, booking);
		const shared = { ...entry('2027-01-11', 60), requestKey: crypto.randomUUID() };
		const one = await logHours(people.trainer, first, shared, now);
		const two = await logHours(people.trainer, second, shared, now);
		expect(one.ok && two.ok && one.entryId !== two.entryId).toBe(true);
		// Sent again on the first booking, it is found again.
		expect(await logHours(people.trainer, first, shared, now)).toEqual(one);
	});
});
