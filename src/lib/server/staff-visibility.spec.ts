import { staffBookingWorkspace } from '$lib/server/workspaces/staff-booking';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from './access';
import {
	confirmBooking,
	getBookingForStaff,
	getRequestForLead,
	listOwnBookings,
	requestModules,
	withdrawRequest
} from '$lib/server/bookings/service';
import {
	feedbackInbox,
	getFeedbackForStaff,
	giveFeedback,
	recordTalk
} from '$lib/server/feedback/service';
import { addAgreedGoal, saveOwnPersonalGoal } from '$lib/server/goals/service';
import { cast, insertTestProviders, testPerson, unique } from '$test/fixtures';

// Need to know (DESIGN.md "Who sees what"): staff see a participant's data only through an
// agreed booking with their provider, and a request only while it concerns them. Each test
// makes its own people, so it passes alone.

/** A request (the Qualifizierungsphase unless named), with a private message, wishing for `wishedProviderId`. */
async function request(
	participant: Actor,
	wishedProviderId: string | null,
	message: string,
	moduleCode = 'qualification'
): Promise<string> {
	const result = await requestModules(
		participant,
		{
			moduleCodes: [moduleCode],
			wishedStartMonth: '2027-03',
			wishedProviderId,
			message,
			requestKey: crypto.randomUUID()
		},
		new Date('2027-01-20T10:00:00Z')
	);
	if (!result.ok) throw new Error(result.reason);
	return result.bookingIds[0]!;
}

beforeAll(insertTestProviders);

describe('what staff see of a participant', () => {
	it('shows another provider’s request only as “another module”, without its message, provider or dates', async () => {
		const people = await cast();
		await request(people.participant, 'jh', 'Ich bin in Therapie.');
		const detail = await getBookingForStaff(people.trainer, people.entryId);
		expect(detail.otherBookings).toEqual([{ moduleCode: 'qualification', state: null }]);
		expect(JSON.stringify(detail)).not.toContain('Therapie');
	});

	it('shows the other lead a request for their provider with its message, and the participant’s other booking without details', async () => {
		const people = await cast();
		const requestId = await request(people.participant, 'jh', 'Ich bin in Therapie.');
		const detail = await getRequestForLead(people.otherLead, requestId);
		if (detail.decided) throw new Error('expected an open request');
		expect(detail.booking.message).toBe('Ich bin in Therapie.');
		expect(detail.otherBookings).toEqual([{ moduleCode: 'entry', state: null }]);
		expect(JSON.stringify(detail)).not.toContain(people.trainer.displayName);
	});

	it('shows a lead only that a request was decided elsewhere, once the other provider confirmed it', async () => {
		const people = await cast();
		const requestId = await request(people.participant, null, 'Bitte am Vormittag.');
		const version = (await listOwnBookings(people.participant)).find(
			(row) => row.id === requestId
		)!.version;
		const confirmed = await confirmBooking(
			people.otherLead,
			requestId,
			{
				version,
				plannedStart: '2027-03-01',
				plannedEnd: '2027-09-30',
				trainerId: people.otherTrainer.id
			},
			new Date('2027-01-25T10:00:00Z')
		);
		expect(confirmed).toEqual({ ok: true });
		const seen = await getRequestForLead(people.lead, requestId);
		expect(seen).toEqual({
			decided: true,
			request: {
				id: requestId,
				moduleCode: 'qualification',
				participantName: people.participant.displayName,
				createdAt: expect.any(Date)
			}
		});
		expect(JSON.stringify(seen)).not.toContain('Vormittag');
	});

	it('shows “Mein Ziel” to the participant’s own trainer, not to a lead who only decides a request', async () => {
		const people = await cast();
		await saveOwnPersonalGoal(people.participant, {
			goalId: null,
			text: 'Ich möchte im Lager arbeiten.'
		});
		const requestId = await request(people.participant, null, '');
		expect(
			(await staffBookingWorkspace(people.trainer, people.entryId)).goals.personal.map(
				(goal) => goal.text
			)
		).toEqual(['Ich möchte im Lager arbeiten.']);
		expect((await staffBookingWorkspace(people.otherLead, requestId)).goals.personal).toEqual([]);
	});

	it('refuses agreed goals and reflection talks on a request nobody agreed yet', async () => {
		const people = await cast();
		const requestId = await request(people.participant, 'lh', '');
		await expect(addAgreedGoal(people.lead, requestId, 'Pünktlich sein')).rejects.toMatchObject({
			status: 403
		});
		await expect(
			recordTalk(
				people.lead,
				requestId,
				{ heldOn: '2027-01-20', nextOn: null },
				new Date('2027-01-20T16:00:00Z')
			)
		).rejects.toMatchObject({
			status: 403
		});
		expect((await staffBookingWorkspace(people.lead, requestId)).goals.agreed).toEqual([]);
	});
});

describe('which feedback staff read', () => {
	it('gives a trainer the feedback of the people they train, not of everybody at their provider', async () => {
		const people = await cast();
		const id = await giveFeedback(
			people.participant,
			{
				rating: 2,
				good: '',
				bad: 'Es war zu laut.',
				wish: '',
				bookingId: null,
				talkId: null,
				requestKey: crypto.randomUUID()
			},
			new Date('2027-01-10T10:00:00Z')
		);
		const everything = { q: '', state: null, trainerId: null, page: 1 };
		expect((await feedbackInbox(people.trainer, everything)).rows.map((item) => item.id)).toContain(
			id
		);
		expect((await feedbackInbox(people.lead, everything)).rows.map((item) => item.id)).toContain(
			id
		);
		expect(
			(await feedbackInbox(people.idleTrainer, everything)).rows.map((item) => item.id)
		).not.toContain(id);
		await expect(getFeedbackForStaff(people.idleTrainer, id)).rejects.toMatchObject({
			status: 404
		});
		await expect(getFeedbackForStaff(people.otherTrainer, id)).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('reflection talk dates', () => {
	it('refuses a talk held in the future and a next talk more than two years ahead, and takes a sensible one', async () => {
		const people = await cast();
		const talk = (heldOn: string, nextOn: string | null) =>
			recordTalk(
				people.trainer,
				people.entryId,
				{ heldOn, nextOn },
				new Date('2027-01-20T16:00:00Z')
			);
		expect(await talk('9999-12-31', null)).toEqual({ ok: false, reason: 'held_in_future' });
		expect(await talk('2027-01-21', null)).toEqual({ ok: false, reason: 'held_in_future' });
		expect(await talk('2027-01-20', '2029-02-01')).toEqual({ ok: false, reason: 'next_too_far' });
		expect(await talk('2027-01-20', '2027-02-17')).toMatchObject({ ok: true });
	});
});

describe('before any agreement', () => {
	it('hides a withdrawn request’s details from the leads it concerned', async () => {
		const participant = await testPerson(unique('wanda'), 'participant', null);
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const id = await request(participant, null, 'Da habe ich Therapie.', 'entry');
		expect(await withdrawRequest(participant, id)).toMatchObject({ ok: true });
		const seen = await getRequestForLead(lead, id);
		expect(seen.decided).toBe(true);
		expect(JSON.stringify(seen)).not.toContain('Therapie');
	});

	it('sends feedback to the provider the open request wishes for, not to every lead', async () => {
		const participant = await testPerson(unique('fenja'), 'participant', null);
		const wishedLead = await testPerson(unique('lea'), 'lead', 'lh');
		const otherLead = await testPerson(unique('jo'), 'lead', 'jh');
		await request(participant, 'lh', '', 'entry');
		const id = await giveFeedback(
			participant,
			{
				rating: 3,
				good: '',
				bad: '',
				wish: 'Ich möchte bald anfangen.',
				bookingId: null,
				talkId: null,
				requestKey: crypto.randomUUID()
			},
			new Date('2027-01-21T10:00:00Z')
		);
		const everything = { q: '', state: null, trainerId: null, page: 1 };
		expect((await feedbackInbox(wishedLead, everything)).rows.map((item) => item.id)).toContain(id);
		expect((await feedbackInbox(otherLead, everything)).rows.map((item) => item.id)).not.toContain(
			id
		);
	});
});
