import { beforeAll, describe, expect, it } from 'vitest';
import {
	correctPlannedDates,
	correctTrainer,
	getBookingForStaff,
	getOwnBooking,
	isCorrection
} from '$lib/server/bookings/service';
import { cast, insertTestProviders, strangersTo } from '$test/fixtures';

const at = (iso: string) => new Date(iso);

beforeAll(insertTestProviders);

/** The booking's version now, as the participant reads it. */
const versionOf = async (people: Awaited<ReturnType<typeof cast>>) =>
	(await getOwnBooking(people.participant, people.entryId)).booking.version;

describe('correcting the confirmed dates', () => {
	it('shows the new dates and keeps the old ones in the history, with who, when and why', async () => {
		const people = await cast();
		const version = await versionOf(people);
		expect(
			await correctPlannedDates(
				people.trainer,
				people.entryId,
				{
					version,
					plannedStart: '2027-01-05',
					plannedEnd: '2027-01-29',
					reason: 'Beginn war einen Tag später'
				},
				at('2027-01-10T10:00:00Z')
			)
		).toEqual({ ok: true });
		const { booking, history } = await getOwnBooking(people.participant, people.entryId);
		expect([booking.plannedStart, booking.plannedEnd, booking.version]).toEqual([
			'2027-01-05',
			'2027-01-29',
			version + 1
		]);
		expect(booking.isNew).toBe(true);
		expect(history.filter(isCorrection)).toEqual([
			expect.objectContaining({
				at: at('2027-01-10T10:00:00Z'),
				actorName: people.trainer.displayName,
				fromState: 'running',
				toState: 'running',
				correction: 'planned_dates',
				reason: 'Beginn war einen Tag später',
				fromStart: '2027-01-04',
				toStart: '2027-01-05',
				fromEnd: '2027-01-31',
				toEnd: '2027-01-29'
			})
		]);
		// The state history before it is still there.
		expect(history.filter((entry) => !isCorrection(entry)).map((entry) => entry.toState)).toEqual([
			'requested',
			'confirmed',
			'running'
		]);
	});

	it('refuses a stale version and an end the module does not allow, and changes nothing', async () => {
		const people = await cast();
		const version = await versionOf(people);
		const dates = { plannedStart: '2027-01-05', plannedEnd: '2027-01-29', reason: 'Grund' };
		expect(
			await correctPlannedDates(
				people.lead,
				people.entryId,
				{ ...dates, version: version - 1 },
				at('2027-01-10T10:00:00Z')
			)
		).toEqual({ ok: false, reason: 'changed_meanwhile' });
		// The Einstiegsphase lasts 2 to 4 weeks.
		expect(
			await correctPlannedDates(
				people.lead,
				people.entryId,
				{ ...dates, version, plannedEnd: '2027-03-31' },
				at('2027-01-10T10:00:00Z')
			)
		).toMatchObject({ ok: false, reason: 'end_out_of_range' });
		const { booking, history } = await getOwnBooking(people.participant, people.entryId);
		expect([booking.plannedStart, booking.plannedEnd, booking.version]).toEqual([
			'2027-01-04',
			'2027-01-31',
			version
		]);
		expect(history.filter(isCorrection)).toEqual([]);
	});

	it('answers 404 to a trainer of another booking and to the other provider', async () => {
		const people = await cast();
		const other = await cast();
		const version = await versionOf(people);
		for (const stranger of strangersTo(people, other))
			await expect(
				correctPlannedDates(stranger, people.entryId, {
					version,
					plannedStart: '2027-01-05',
					plannedEnd: '2027-01-29',
					reason: 'fremd'
				})
			).rejects.toMatchObject({ status: 404 });
		expect((await getOwnBooking(people.participant, people.entryId)).booking.version).toBe(version);
	});
});

describe('correcting the trainer', () => {
	it('lets the lead give the booking to another trainer, and keeps from, to and why', async () => {
		const people = await cast();
		const version = await versionOf(people);
		expect(
			await correctTrainer(
				people.lead,
				people.entryId,
				{ version, trainerId: people.idleTrainer.id, reason: 'Tom ist lange krank' },
				at('2027-01-10T10:00:00Z')
			)
		).toEqual({ ok: true });
		const { booking, history } = await getOwnBooking(people.participant, people.entryId);
		expect(booking.trainerName).toBe(people.idleTrainer.displayName);
		expect(history.filter(isCorrection)).toEqual([
			expect.objectContaining({
				actorName: people.lead.displayName,
				correction: 'trainer',
				reason: 'Tom ist lange krank',
				fromTrainerName: people.trainer.displayName,
				toTrainerName: people.idleTrainer.displayName
			})
		]);
		// The booking is the new trainer's now; the old one no longer opens it.
		expect((await getBookingForStaff(people.idleTrainer, people.entryId)).booking.id).toBe(
			people.entryId
		);
		await expect(getBookingForStaff(people.trainer, people.entryId)).rejects.toMatchObject({
			status: 404
		});
	});

	it('is for a lead of the provider only, with a trainer of the provider and the current version', async () => {
		const people = await cast();
		const version = await versionOf(people);
		const to = (trainerId: string, reason = 'Wechsel') => ({ version, trainerId, reason });
		await expect(
			correctTrainer(people.trainer, people.entryId, to(people.idleTrainer.id))
		).rejects.toMatchObject({ status: 403 });
		await expect(
			correctTrainer(people.otherLead, people.entryId, to(people.otherTrainer.id))
		).rejects.toMatchObject({ status: 404 });
		expect(await correctTrainer(people.lead, people.entryId, to(people.otherTrainer.id))).toEqual({
			ok: false,
			reason: 'unknown_trainer'
		});
		expect(
			await correctTrainer(people.lead, people.entryId, {
				...to(people.idleTrainer.id),
				version: version - 1
			})
		).toEqual({ ok: false, reason: 'changed_meanwhile' });
		const { booking, history } = await getOwnBooking(people.participant, people.entryId);
		expect([booking.trainerName, booking.version]).toEqual([people.trainer.displayName, version]);
		expect(history.filter(isCorrection)).toEqual([]);
	});
});
