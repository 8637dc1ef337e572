import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { place, provider } from '../db/schema';
import { testPerson } from '$test/fixtures';
import type { Actor } from '../access';
import {
	advanceBooking,
	confirmBooking,
	declineBooking,
	getBookingForStaff,
	getOwnBooking,
	listOpenRequests,
	listOwnBookings,
	listStaffBookings,
	modulesLeftToRequest,
	requestModules,
	withdrawRequest
} from '$lib/server/bookings/service';

let participant: Actor;
let other: Actor;
let lead: Actor;
let otherLead: Actor;
let trainer: Actor;
let foreignTrainer: Actor;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
	const db = await getDb();
	await db.insert(provider).values([
		{ id: 'lh', name: 'Lebenshilfe' },
		{ id: 'jh', name: 'Josefshaus' }
	]);
	await db.insert(place).values({ providerId: 'lh', name: 'Villa', town: 'Laufenburg' });
	participant = await testPerson('pia', 'participant', null);
	other = await testPerson('olaf', 'participant', null);
	lead = await testPerson('lena', 'lead', 'lh');
	otherLead = await testPerson('jana', 'lead', 'jh');
	trainer = await testPerson('timo', 'trainer', 'lh');
	foreignTrainer = await testPerson('jörg', 'trainer', 'jh');
});

const request = (
	actor: Actor,
	moduleCodes: string[],
	wishedProviderId: string | null = null,
	requestKey = crypto.randomUUID()
) =>
	requestModules(
		actor,
		{ moduleCodes, wishedStartMonth: '2027-01', wishedProviderId, message: null, requestKey },
		now
	);

describe('booking service', () => {
	it('refuses the Qualifizierungsphase before an Einstiegsphase', async () => {
		expect(await request(participant, ['qualification'])).toEqual({
			ok: false,
			reason: 'entry_first',
			moduleCode: 'qualification'
		});
		expect(await listOwnBookings(participant)).toEqual([]);
	});

	it('makes one booking when the same form is sent twice', async () => {
		const key = crypto.randomUUID();
		const first = await request(other, ['entry'], 'jh', key);
		const second = await request(other, ['entry'], 'jh', key);
		expect(first.ok && second.ok && second.bookingIds).toEqual(first.ok && first.bookingIds);
		expect(await listOwnBookings(other)).toHaveLength(1);
	});

	it('keeps two concurrent submissions from opening the same module twice', async () => {
		const results = await Promise.all([
			request(participant, ['entry']),
			request(participant, ['entry'])
		]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.find((result) => !result.ok)).toMatchObject({ reason: 'already_open' });
	});

	it('shows a request only to the lead it may concern', async () => {
		const mine = await listOpenRequests(lead);
		expect(mine.map((entry) => entry.participantId)).toContain(participant.id);
		// Olaf wished for Josefshaus: the Lebenshilfe lead does not see it.
		expect(mine.map((entry) => entry.participantId)).not.toContain(other.id);
		expect((await listOpenRequests(otherLead)).map((entry) => entry.participantId)).toEqual(
			expect.arrayContaining([participant.id, other.id])
		);
		const [olafs] = await listOwnBookings(other);
		await expect(getBookingForStaff(lead, olafs!.id)).rejects.toMatchObject({ status: 404 });
	});

	it('lets only one of two leads decide, and tells the second', async () => {
		const [entry] = await listOwnBookings(participant);
		const confirmation = {
			version: entry!.version,
			plannedStart: '2027-01-04',
			plannedEnd: '2027-01-31',
			trainerId: trainer.id
		};
		const [first, second] = await Promise.all([
			confirmBooking(lead, entry!.id, confirmation, now),
			declineBooking(
				otherLead,
				entry!.id,
				{ version: entry!.version, reason: 'Kein Platz', confirmed: true },
				now
			)
		]);
		expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
		const loser = first.ok ? second : first;
		expect(loser).toEqual({ ok: false, reason: 'changed_meanwhile' });
	});

	it('refuses an end date outside the module length and names the range', async () => {
		await request(other, ['qualification'], 'jh');
		const [qualification] = (await listOwnBookings(other)).filter(
			(entry) => entry.moduleCode === 'qualification'
		);
		const [entry] = (await listOwnBookings(other)).filter((entry) => entry.moduleCode === 'entry');
		await confirmBooking(
			otherLead,
			entry!.id,
			{
				version: entry!.version,
				plannedStart: '2027-01-04',
				plannedEnd: '2027-01-31',
				trainerId: foreignTrainer.id
			},
			now
		);
		const result = await confirmBooking(
			otherLead,
			qualification!.id,
			{
				version: qualification!.version,
				plannedStart: '2027-02-01',
				plannedEnd: '2027-03-31',
				trainerId: foreignTrainer.id
			},
			now
		);
		expect(result).toEqual({
			ok: false,
			reason: 'end_out_of_range',
			allowed: { earliest: '2027-05-31', latest: '2027-11-30' }
		});
	});

	it('refuses a trainer of another provider', async () => {
		const [qualification] = (await listOwnBookings(other)).filter(
			(entry) => entry.moduleCode === 'qualification'
		);
		const result = await confirmBooking(
			otherLead,
			qualification!.id,
			{
				version: qualification!.version,
				plannedStart: '2027-02-01',
				plannedEnd: '2027-08-31',
				trainerId: trainer.id
			},
			now
		);
		expect(result).toEqual({ ok: false, reason: 'unknown_trainer' });
	});

	it('records every change with who, when, from and to, and marks it new for the participant', async () => {
		const [entry] = await listOwnBookings(participant);
		const { booking, history } = await getOwnBooking(participant, entry!.id);
		expect(booking.isNew).toBe(true);
		expect(history.map((step) => [step.fromState, step.toState])).toEqual([
			[null, 'requested'],
			['requested', booking.state]
		]);
		expect(history[0]!.actorName).toBe('pia');
	});

	it('refuses a decline, a start or a finish the lead has not confirmed, and changes nothing', async () => {
		await request(other, ['transition'], 'jh');
		const [transition] = (await listOwnBookings(other)).filter(
			(entry) => entry.moduleCode === 'transition'
		);
		expect(
			await declineBooking(
				otherLead,
				transition!.id,
				{ version: transition!.version, reason: 'Kein Platz', confirmed: false },
				now
			)
		).toEqual({
			ok: false,
			reason: 'not_confirmed'
		});
		const [olafsEntry] = (await listOwnBookings(other)).filter(
			(entry) => entry.moduleCode === 'entry'
		);
		expect(
			await advanceBooking(
				otherLead,
				olafsEntry!.id,
				{ version: olafsEntry!.version, step: 'start', confirmed: false },
				now
			)
		).toEqual({
			ok: false,
			reason: 'not_confirmed'
		});
		const states = (await listOwnBookings(other)).map((entry) => [
			entry.moduleCode,
			entry.state,
			entry.version
		]);
		expect(states).toEqual(
			expect.arrayContaining([
				['transition', 'requested', transition!.version],
				['entry', 'confirmed', olafsEntry!.version]
			])
		);
		expect(await withdrawRequest(other, transition!.id, now)).toEqual({ ok: true });
	});

	it('starts and finishes a booking of the lead’s own provider only', async () => {
		const [olafsEntry] = (await listOwnBookings(other)).filter(
			(entry) => entry.moduleCode === 'entry'
		);
		expect(
			await advanceBooking(
				lead,
				olafsEntry!.id,
				{ version: olafsEntry!.version, step: 'start', confirmed: true },
				now
			).catch((e) => e.status)
		).toBe(404);
		expect(
			await advanceBooking(
				otherLead,
				olafsEntry!.id,
				{ version: olafsEntry!.version, step: 'start', confirmed: true },
				now
			)
		).toEqual({ ok: true });
		expect(
			await advanceBooking(
				otherLead,
				olafsEntry!.id,
				{ version: olafsEntry!.version, step: 'finish', confirmed: true },
				now
			)
		).toEqual({
			ok: false,
			reason: 'changed_meanwhile'
		});
		expect((await listStaffBookings(foreignTrainer)).map((entry) => entry.id)).toContain(
			olafsEntry!.id
		);
		expect((await listStaffBookings(trainer)).map((entry) => entry.id)).not.toContain(
			olafsEntry!.id
		);
	});

	it('lets a participant withdraw a request, but never someone else’s', async () => {
		await request(participant, ['job_security']);
		const [security] = (await listOwnBookings(participant)).filter(
			(entry) => entry.moduleCode === 'job_security'
		);
		await expect(withdrawRequest(other, security!.id, now)).rejects.toMatchObject({ status: 404 });
		expect(await withdrawRequest(participant, security!.id, now)).toEqual({ ok: true });
		expect(await withdrawRequest(participant, security!.id, now)).toEqual({
			ok: false,
			reason: 'not_requested'
		});
	});

	it('leaves out of "all modules" what is open or finished, and Jobcoaching', async () => {
		// Olaf: Einstiegsphase running, Qualifizierungsphase asked for.
		expect(await modulesLeftToRequest(other)).toEqual([
			'stabilisation',
			'transition',
			'job_security'
		]);
		const [entry] = (await listOwnBookings(other)).filter((row) => row.moduleCode === 'entry');
		await advanceBooking(
			otherLead,
			entry!.id,
			{ version: entry!.version, step: 'finish', confirmed: true },
			now
		);
		expect(await modulesLeftToRequest(other)).not.toContain('entry');
	});
});
