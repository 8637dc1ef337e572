import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '$lib/domain/dates';
import type { Actor } from '$lib/server/access';
import { cast, insertTestProviders, testPerson, unique, type Cast } from '$test/fixtures';
import {
	answerFeedback,
	correctTalk,
	getFeedbackForStaff,
	giveFeedback,
	listOwnFeedback,
	ownTalks,
	recordTalk,
	type FeedbackInput
} from '$lib/server/feedback/service';
import { staffBookingWorkspace } from '$lib/server/workspaces/staff-booking';

// The participant's feedback page reads by the participant (prepared once), staff read one
// piece or one booking: these tests hold the two to the same rows, order and shape.

beforeAll(insertTestProviders);

const at = (iso: string) => new Date(iso);

const feedbackOn = (what: Partial<FeedbackInput>): FeedbackInput => ({
	rating: 3,
	good: '',
	bad: '',
	wish: '',
	bookingId: null,
	talkId: null,
	requestKey: crypto.randomUUID(),
	...what
});

async function talk(people: Cast, heldOn: IsoDate, recordedAt: Date, summary: string) {
	const recorded = await recordTalk(
		people.trainer,
		people.entryId,
		{ heldOn, nextOn: null, summary },
		recordedAt
	);
	if (!recorded.ok) throw new Error(recorded.reason);
	return recorded.talkId;
}

/** Staff answer a piece of feedback as it is now. */
async function reply(staff: Actor, feedbackId: string, text: string, now: Date) {
	const { version } = await getFeedbackForStaff(staff, feedbackId);
	const answered = await answerFeedback(staff, feedbackId, { version, text, close: false }, now);
	if (!answered.ok) throw new Error(answered.reason);
}

/**
 * Something in every part of one participant's page, each text marked with their name: three
 * talks (two held on one day), the oldest corrected twice at one instant; feedback on the
 * booking and a talk, answered twice at one instant and once later; newer feedback about
 * nothing in particular, answered before the other's last answer.
 */
async function fullPage(people: Cast) {
	const name = people.participant.displayName;
	const firstTalk = await talk(people, '2027-01-15', at('2027-01-15T16:00:00Z'), `erstes ${name}`);
	const sameDayTalk = await talk(
		people,
		'2027-01-15',
		at('2027-01-15T17:00:00Z'),
		`zweites ${name}`
	);
	const lastTalk = await talk(people, '2027-01-20', at('2027-01-20T16:00:00Z'), `drittes ${name}`);
	const corrected = at('2027-01-21T09:00:00Z');
	for (const [version, summary] of [
		[1, `erstes, besser ${name}`],
		[2, `erstes, am besten ${name}`]
	] as const) {
		const result = await correctTalk(
			people.trainer,
			firstTalk,
			{ version, heldOn: '2027-01-15', nextOn: null, summary, reason: `Grund ${version} ${name}` },
			corrected
		);
		if (!result.ok) throw new Error(result.reason);
	}
	const onBooking = await giveFeedback(
		people.participant,
		feedbackOn({ good: `Garten ${name}`, bookingId: people.entryId, talkId: firstTalk }),
		at('2027-01-22T10:00:00Z')
	);
	const general = await giveFeedback(
		people.participant,
		feedbackOn({ rating: null, wish: `Mehr Pausen ${name}` }),
		at('2027-01-23T10:00:00Z')
	);
	await reply(people.trainer, onBooking, `eins ${name}`, at('2027-01-24T10:00:00Z'));
	await reply(people.lead, onBooking, `zwei ${name}`, at('2027-01-24T10:00:00Z'));
	await reply(people.trainer, general, `allgemein ${name}`, at('2027-01-25T10:00:00Z'));
	await reply(people.lead, onBooking, `drei ${name}`, at('2027-01-26T10:00:00Z'));
	return { firstTalk, sameDayTalk, lastTalk, onBooking, general };
}

describe('the participant’s own feedback page', () => {
	it('shows feedback newest first, each with its answers oldest first, in the order written at one instant', async () => {
		const people = await cast();
		const name = people.participant.displayName;
		const { onBooking, general } = await fullPage(people);
		const items = await listOwnFeedback(people.participant);
		expect(items.map((item) => [item.id, item.replies.map((answer) => answer.text)])).toEqual([
			[general, [`allgemein ${name}`]],
			[onBooking, [`eins ${name}`, `zwei ${name}`, `drei ${name}`]]
		]);
		expect(items[1]!.replies.map((answer) => answer.authorName)).toEqual([
			people.trainer.displayName,
			people.lead.displayName,
			people.lead.displayName
		]);
	});

	it('names the module, trainer and talk of feedback on a booking, and nothing for feedback without', async () => {
		const people = await cast();
		const { onBooking, general } = await fullPage(people);
		const [withoutBooking, withBooking] = await listOwnFeedback(people.participant);
		expect(withBooking).toMatchObject({
			id: onBooking,
			bookingId: people.entryId,
			moduleCode: 'entry',
			trainerId: people.trainer.id,
			trainerName: people.trainer.displayName,
			talkHeldOn: '2027-01-15',
			rating: 3
		});
		expect(withoutBooking).toMatchObject({
			id: general,
			bookingId: null,
			moduleCode: null,
			trainerId: null,
			trainerName: null,
			talkHeldOn: null,
			rating: null
		});
	});

	it('reads each piece exactly as the staff who answer it do', async () => {
		const people = await cast();
		await fullPage(people);
		for (const item of await listOwnFeedback(people.participant))
			expect(await getFeedbackForStaff(people.lead, item.id)).toEqual(item);
	});

	it('shows talks newest first (on one day the later recorded first), corrections oldest first, none for an uncorrected talk', async () => {
		const people = await cast();
		const name = people.participant.displayName;
		const { firstTalk, sameDayTalk, lastTalk } = await fullPage(people);
		const talks = await ownTalks(people.participant);
		expect(talks.map((item) => [item.id, item.changes.map((change) => change.reason)])).toEqual([
			[lastTalk, []],
			[sameDayTalk, []],
			[firstTalk, [`Grund 1 ${name}`, `Grund 2 ${name}`]]
		]);
		expect(talks[2]).toMatchObject({ summary: `erstes, am besten ${name}`, version: 3 });
		expect((await staffBookingWorkspace(people.trainer, people.entryId)).talks).toEqual(talks);
	});

	it('never shows another participant’s feedback, answers, talks or corrections', async () => {
		const one = await cast();
		const other = await cast();
		await fullPage(one);
		await fullPage(other);
		const nobody = await testPerson(unique('nina'), 'participant', null);
		for (const people of [one, other]) {
			const name = people.participant.displayName;
			const items = await listOwnFeedback(people.participant);
			expect(items).toHaveLength(2);
			for (const item of items) {
				expect(item.participantId).toBe(people.participant.id);
				expect(item.good + item.wish).toContain(name);
				for (const answer of item.replies) expect(answer.text).toContain(name);
			}
			const talks = await ownTalks(people.participant);
			expect(talks).toHaveLength(3);
			for (const item of talks) {
				expect(item.bookingId).toBe(people.entryId);
				for (const change of item.changes) expect(change.reason).toContain(name);
			}
			expect(talks.flatMap((item) => item.changes)).toHaveLength(2);
		}
		expect(await listOwnFeedback(nobody)).toEqual([]);
		expect(await ownTalks(nobody)).toEqual([]);
	});
});
