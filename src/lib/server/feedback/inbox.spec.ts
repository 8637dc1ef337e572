import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/server/access';
import {
	insertTestProviders,
	runningBooking,
	testPerson,
	testProvider,
	unique
} from '$test/fixtures';
import { answerFeedback, feedbackInbox, getFeedbackForStaff, giveFeedback } from './service';

beforeAll(insertTestProviders);

const input = () => ({
	rating: 3 as const,
	good: '',
	bad: '',
	wish: '',
	bookingId: null,
	talkId: null,
	requestKey: crypto.randomUUID()
});

const at = (day: number) => new Date(`2027-01-${String(day).padStart(2, '0')}T10:00:00Z`);

describe('the feedback inbox', () => {
	it('merges a lead’s own provider’s feedback and that of no provider in one order', async () => {
		const providerId = await testProvider();
		// One prefix for this test's participants: the search keeps out other tests' feedback.
		const prefix = unique('inbox');
		const lead = await testPerson(unique('lotte'), 'lead', providerId);
		const trainer = await testPerson(unique('tina'), 'trainer', providerId);
		const booked = await testPerson(`${prefix}-a`, 'participant', null);
		const unbooked = await testPerson(`${prefix}-b`, 'participant', null);
		await runningBooking({ participant: booked, lead, trainer }, { wishedProviderId: providerId });
		const give = (who: Actor, day: number) => giveFeedback(who, input(), at(day));
		const latest = await give(booked, 5);
		const first = await give(unbooked, 1);
		const second = await give(booked, 2);
		const third = await give(unbooked, 3);
		const answered = await give(booked, 4);
		// Without a booking the feedback belongs to no provider: the other part of the lead's inbox.
		expect((await getFeedbackForStaff(lead, first)).providerId).toBeNull();
		expect((await getFeedbackForStaff(lead, second)).providerId).toBe(providerId);
		const found = await getFeedbackForStaff(lead, answered);
		expect(
			await answerFeedback(lead, answered, { version: found.version, text: 'Danke', close: false })
		).toEqual({ ok: true });

		const inbox = await feedbackInbox(lead, { q: prefix, state: null, trainerId: null, page: 1 });
		expect(inbox.rows.map((row) => row.id)).toEqual([first, second, third, latest, answered]);
		expect(inbox.total).toBe(5);
		// The trainer sees only the feedback of whom they train, in the same order.
		const own = await feedbackInbox(trainer, { q: prefix, state: null, trainerId: null, page: 1 });
		expect(own.rows.map((row) => row.id)).toEqual([second, latest, answered]);
		expect(own.total).toBe(3);
	});
});
