import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { place } from '../db/schema';
import { insertTestProviders, people, testPerson, unique } from '$test/fixtures';
import type { Actor } from '../access';
import {
	advanceBooking,
	confirmBooking,
	declineBooking,
	getBookingForStaff,
	getOwnBooking,
	openRequestPage,
	listOwnBookings,
	staffBookingPage,
	modulesLeftToRequest,
	requestModules,
	withdrawRequest
} from '$lib/server/bookings/service';

const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
	await insertTestProviders();
	await (
		await getDb()
	)
		.insert(place)
		.values({ providerId: 'lh', name: 'Villa', town: 'Laufenburg' });
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

/** The lead confirms the booking as the participant sees it now, with these dates and trainer. */
const confirm = (
	lead: Actor,
	found: { id: string; version: number },
	plannedStart: string,
	plannedEnd: string,
	trainer: Actor
) =>
	confirmBooking(
		lead,
		found.id,
		{ version: found.version, plannedStart, plannedEnd, trainerId: trainer.id },
		now
	);

/** A lead's step on a booking, confirmed unless said otherwise. */
const advance = (
	lead: Actor,
	id: string,
	version: number,
	step: 'start' | 'finish',
	confirmed = true
) => advanceBooking(lead, id, { version, step, confirmed }, now);

/** The participant's newest booking of this module, as they see it. */
async function own(participant: Actor, moduleCode: string) {
	const found = (await listOwnBookings(participant)).find((row) => row.moduleCode === moduleCode);
	if (!found) throw new Error(`no ${moduleCode} booking`);
	return found;
}

/** A request for the Einstiegsphase at Josefshaus, confirmed by its lead with its trainer. */
async function confirmedEntryAtJosefshaus(
	participant: Actor,
	otherLead: Actor,
	otherTrainer: Actor
): Promise<string> {
	await request(participant, ['entry'], 'jh');
	const entry = await own(participant, 'entry');
	const confirmed = await confirm(otherLead, entry, '2027-01-04', '2027-01-31', otherTrainer);
	if (!confirmed.ok) throw new Error(confirmed.reason);
	return entry.id;
}

describe('booking service', () => {
	it('refuses the Qualifizierungsphase before an Einstiegsphase', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		expect(await request(participant, ['qualification'])).toEqual({
			ok: false,
			reason: 'entry_first',
			moduleCode: 'qualification'
		});
		expect(await listOwnBookings(participant)).toEqual([]);
	});

	it('makes one booking when the same form is sent twice', async () => {
		const participant = await testPerson(unique('olaf'), 'participant', null);
		const key = crypto.randomUUID();
		const first = await request(participant, ['entry'], 'jh', key);
		const second = await request(participant, ['entry'], 'jh', key);
		expect(first.ok && second.ok && second.bookingIds).toEqual(first.ok && first.bookingIds);
		expect(await listOwnBookings(participant)).toHaveLength(1);
	});

	it('keeps two concurrent submissions from opening the same module twice', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const results = await Promise.all([
			request(participant, ['entry']),
			request(participant, ['entry'])
		]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.find((result) => !result.ok)).toMatchObject({ reason: 'already_open' });
	});

	it('shows a request only to the lead it may concern', async () => {
		const { participant, lead, otherLead } = await people();
		const other = await testPerson(unique('olaf'), 'participant', null);
		await request(participant, ['entry']);
		await request(other, ['entry'], 'jh');
		const names = async (actor: Actor, q: string) =>
			(await openRequestPage(actor, { q, page: 1 })).rows.map((entry) => entry.participantName);
		expect(await names(lead, participant.displayName)).toEqual([participant.displayName]);
		// Olaf wished for Josefshaus: the Lebenshilfe lead does not see it.
		expect(await names(lead, other.displayName)).toEqual([]);
		expect(await names(otherLead, participant.displayName)).toEqual([participant.displayName]);
		expect(await names(otherLead, other.displayName)).toEqual([other.displayName]);
		const [olafs] = await listOwnBookings(other);
		await expect(getBookingForStaff(lead, olafs!.id)).rejects.toMatchObject({ status: 404 });
	});

	it('lets only one of two leads decide, and tells the second', async () => {
		const { participant, lead, trainer, otherLead } = await people();
		await request(participant, ['entry']);
		const entry = await own(participant, 'entry');
		const confirmation = {
			version: entry.version,
			plannedStart: '2027-01-04',
			plannedEnd: '2027-01-31',
			trainerId: trainer.id
		};
		const [first, second] = await Promise.all([
			confirmBooking(lead, entry.id, confirmation, now),
			declineBooking(
				otherLead,
				entry.id,
				{ version: entry.version, reason: 'Kein Platz', confirmed: true },
				now
			)
		]);
		expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
		const loser = first.ok ? second : first;
		expect(loser).toEqual({ ok: false, reason: 'changed_meanwhile' });
	});

	it('refuses an end date outside the module length and names the range', async () => {
		const { participant, otherLead, otherTrainer } = await people();
		await confirmedEntryAtJosefshaus(participant, otherLead, otherTrainer);
		await request(participant, ['qualification'], 'jh');
		const qualification = await own(participant, 'qualification');
		const result = await confirm(
			otherLead,
			qualification,
			'2027-02-01',
			'2027-03-31',
			otherTrainer
		);
		expect(result).toEqual({
			ok: false,
			reason: 'end_out_of_range',
			allowed: { earliest: '2027-05-31', latest: '2027-11-30' }
		});
	});

	it('refuses a trainer of another provider', async () => {
		const { participant, trainer, otherLead, otherTrainer } = await people();
		await confirmedEntryAtJosefshaus(participant, otherLead, otherTrainer);
		await request(participant, ['qualification'], 'jh');
		const qualification = await own(participant, 'qualification');
		const result = await confirm(otherLead, qualification, '2027-02-01', '2027-08-31', trainer);
		expect(result).toEqual({ ok: false, reason: 'unknown_trainer' });
	});

	it('records every change with who, when, from and to, and marks it new for the participant', async () => {
		const { participant, lead, trainer } = await people();
		await request(participant, ['entry']);
		const requested = await own(participant, 'entry');
		expect(await confirm(lead, requested, '2027-01-04', '2027-01-31', trainer)).toEqual({
			ok: true
		});
		const { booking, history } = await getOwnBooking(participant, requested.id);
		expect(booking.isNew).toBe(true);
		expect(history.map((step) => [step.fromState, step.toState])).toEqual([
			[null, 'requested'],
			['requested', booking.state]
		]);
		expect(history[0]!.actorName).toBe(participant.displayName);
	});

	it('refuses a decline, a start or a finish the lead has not confirmed, and changes nothing', async () => {
		const { participant, otherLead, otherTrainer } = await people();
		await confirmedEntryAtJosefshaus(participant, otherLead, otherTrainer);
		await request(participant, ['transition'], 'jh');
		const transition = await own(participant, 'transition');
		expect(
			await declineBooking(
				otherLead,
				transition.id,
				{ version: transition.version, reason: 'Kein Platz', confirmed: false },
				now
			)
		).toEqual({
			ok: false,
			reason: 'not_confirmed'
		});
		const entry = await own(participant, 'entry');
		expect(await advance(otherLead, entry.id, entry.version, 'start', false)).toEqual({
			ok: false,
			reason: 'not_confirmed'
		});
		const states = (await listOwnBookings(participant)).map((row) => [
			row.moduleCode,
			row.state,
			row.version
		]);
		expect(states).toEqual(
			expect.arrayContaining([
				['transition', 'requested', transition.version],
				['entry', 'confirmed', entry.version]
			])
		);
		expect(await withdrawRequest(participant, transition.id, now)).toEqual({ ok: true });
	});

	it('starts and finishes a booking of the lead’s own provider only', async () => {
		const { participant, lead, trainer, otherLead, otherTrainer } = await people();
		const entryId = await confirmedEntryAtJosefshaus(participant, otherLead, otherTrainer);
		const entry = await own(participant, 'entry');
		expect(await advance(lead, entryId, entry.version, 'start').catch((e) => e.status)).toBe(404);
		expect(await advance(otherLead, entryId, entry.version, 'start')).toEqual({ ok: true });
		// Sent with the version read before the start: someone changed it meanwhile.
		expect(await advance(otherLead, entryId, entry.version, 'finish')).toEqual({
			ok: false,
			reason: 'changed_meanwhile'
		});
		const everything = { q: '', state: null, trainerId: null, page: 1 };
		expect((await staffBookingPage(otherTrainer, everything)).rows.map((row) => row.id)).toEqual([
			entryId
		]);
		expect((await staffBookingPage(trainer, everything)).rows.map((row) => row.id)).toEqual([]);
	});

	it('lets a participant withdraw a request, but never someone else’s', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const other = await testPerson(unique('olaf'), 'participant', null);
		await request(participant, ['entry']);
		await request(participant, ['job_security']);
		const security = await own(participant, 'job_security');
		await expect(withdrawRequest(other, security.id, now)).rejects.toMatchObject({ status: 404 });
		expect(await withdrawRequest(participant, security.id, now)).toEqual({ ok: true });
		expect(await withdrawRequest(participant, security.id, now)).toEqual({
			ok: false,
			reason: 'not_requested'
		});
	});

	it('leaves out of "all modules" what is open or finished, and Jobcoaching', async () => {
		const { participant, otherLead, otherTrainer } = await people();
		const entryId = await confirmedEntryAtJosefshaus(participant, otherLead, otherTrainer);
		expect(
			await advance(otherLead, entryId, (await own(participant, 'entry')).version, 'start')
		).toEqual({ ok: true });
		await request(participant, ['qualification'], 'jh');
		// Einstiegsphase running, Qualifizierungsphase asked for.
		expect(await modulesLeftToRequest(participant)).toEqual([
			'stabilisation',
			'transition',
			'job_security'
		]);
		const entry = await own(participant, 'entry');
		expect(await advance(otherLead, entry.id, entry.version, 'finish')).toEqual({ ok: true });
		expect(await modulesLeftToRequest(participant)).not.toContain('entry');
	});
});
