import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/server/access';
import {
	cast,
	insertTestProviders,
	runningBooking,
	type Cast,
	testPerson,
	testProvider,
	unique,
	strangersTo
} from '$test/fixtures';
import {
	answerFeedback,
	correctTalk,
	feedbackInbox,
	getFeedbackForStaff,
	giveFeedback,
	listOwnFeedback,
	markOwnRepliesRead,
	ownNextTalk,
	ownTalks,
	recordTalk,
	satisfactionForProvider,
	unreadReplies
} from '$lib/server/feedback/service';

beforeAll(insertTestProviders);

const input = (rating: 1 | 2 | 3 | 4 | 5 | null, good = '') => ({
	rating,
	good,
	bad: '',
	wish: '',
	bookingId: null,
	talkId: null,
	requestKey: crypto.randomUUID()
});

/** Fresh people of one provider, a running Einstiegsphase, and one piece of feedback on it. */
/** Staff answer the feedback as they see it now (its current version). */
const answer = (actor: Actor, item: { id: string; version: number }, text: string, close = false) =>
	answerFeedback(actor, item.id, { version: item.version, text, close });

async function withFeedback(providerId = 'lh') {
	const participant = await testPerson(unique('frieda'), 'participant', null);
	const lead = await testPerson(unique('lotte'), 'lead', providerId);
	const trainer = await testPerson(unique('tina'), 'trainer', providerId);
	const bookingId = await runningBooking(
		{ participant, lead, trainer },
		{ wishedProviderId: providerId }
	);
	const feedbackId = await giveFeedback(
		participant,
		input(4, 'Die Arbeit im Garten'),
		new Date('2027-01-10T10:00:00Z')
	);
	return { participant, lead, trainer, bookingId, feedbackId };
}

describe('feedback', () => {
	it('reaches the provider of the participant’s booking and nobody else', async () => {
		const { trainer, feedbackId: id } = await withFeedback();
		const foreignTrainer = await testPerson(unique('jakob'), 'trainer', 'jh');
		const other = await testPerson(unique('otto'), 'participant', null);
		const everything = { q: '', state: null, trainerId: null, page: 1 };
		expect((await feedbackInbox(trainer, everything)).rows.map((item) => item.id)).toContain(id);
		expect((await feedbackInbox(foreignTrainer, everything)).total).toBe(0);
		await expect(getFeedbackForStaff(foreignTrainer, id)).rejects.toMatchObject({ status: 404 });
		expect(await listOwnFeedback(other)).toEqual([]);
	});

	it('counts an answer as unread until the participant looks', async () => {
		const { participant, trainer } = await withFeedback();
		const [item] = await listOwnFeedback(participant);
		expect(await answer(trainer, item!, 'Danke!')).toEqual({ ok: true });
		expect(await unreadReplies(participant)).toBe(1);
		expect((await listOwnFeedback(participant))[0]!.state).toBe('answered');
		await markOwnRepliesRead(participant);
		expect(await unreadReplies(participant)).toBe(0);
	});

	it('refuses an answer written against an old version', async () => {
		const { participant, lead, trainer } = await withFeedback();
		const [item] = await listOwnFeedback(participant);
		expect(await answer(trainer, item!, 'Danke!')).toEqual({ ok: true });
		expect(await answer(lead, item!, 'Zu spät')).toEqual({
			ok: false,
			reason: 'changed_meanwhile'
		});
	});

	it('closes with what changed, and the participant reads it', async () => {
		const { participant, lead, trainer } = await withFeedback();
		const [answered] = await listOwnFeedback(participant);
		await answer(trainer, answered!, 'Danke!');
		const [item] = await listOwnFeedback(participant);
		await answer(lead, item!, 'Wir haben mehr Garten·arbeit eingeplant.', true);
		const [closed] = await listOwnFeedback(participant);
		expect(closed!.state).toBe('done');
		expect(closed!.changeNote).toBe('Wir haben mehr Garten·arbeit eingeplant.');
		expect(closed!.replies.at(-1)).toMatchObject({
			closes: true,
			authorName: lead.displayName,
			isNew: true
		});
	});

	it('shows the next reflection talk and averages ratings per month', async () => {
		// A provider of its own: the averages are over all of a provider's feedback.
		const { participant, lead, trainer, bookingId } = await withFeedback(await testProvider());
		await recordTalk(
			trainer,
			bookingId,
			{ heldOn: '2027-01-15', nextOn: '2027-02-12' },
			new Date('2027-01-15T16:00:00Z')
		);
		expect(await ownNextTalk(participant, new Date('2027-01-20T10:00:00Z'))).toBe('2027-02-12');
		expect(await ownNextTalk(participant, new Date('2027-02-13T10:00:00Z'))).toBeNull();
		await giveFeedback(participant, input(2), new Date('2027-01-20T10:00:00Z'));
		expect(await satisfactionForProvider(lead)).toEqual([
			{ month: '2027-01', count: 2, average: 3 }
		]);
	});
});

describe('request keys of feedback', () => {
	it('are unique within their participant: the same key from another person is another piece of feedback', async () => {
		const first = await testPerson(`key-a-${crypto.randomUUID().slice(0, 8)}`, 'participant', null);
		const second = await testPerson(
			`key-b-${crypto.randomUUID().slice(0, 8)}`,
			'participant',
			null
		);
		const shared = { ...input(5, 'Gut'), requestKey: crypto.randomUUID() };
		const one = await giveFeedback(first, shared);
		const two = await giveFeedback(second, shared);
		expect(one).not.toBe(two);
		expect(await giveFeedback(first, shared)).toBe(one);
		expect((await listOwnFeedback(second)).map((item) => item.id)).toEqual([two]);
	});
});

describe('correcting a reflection talk', () => {
	const recorded = async (people: Cast) => {
		const talk = await recordTalk(
			people.trainer,
			people.entryId,
			{ heldOn: '2027-01-14', nextOn: '2027-02-12', summary: 'Wie es im Lager geht' },
			new Date('2027-01-15T16:00:00Z')
		);
		if (!talk.ok) throw new Error(talk.reason);
		return talk.talkId;
	};
	const correction = (version: number, heldOn = '2027-01-15') => ({
		version,
		heldOn,
		nextOn: '2027-02-19',
		summary: 'Wie es im Lager geht, und die Pausen',
		reason: 'Falscher Tag eingetragen'
	});

	it('shows the participant the new date, and keeps the old one, who, when and why', async () => {
		const people = await cast();
		const talkId = await recorded(people);
		expect(
			await correctTalk(people.trainer, talkId, correction(1), new Date('2027-01-16T09:00:00Z'))
		).toEqual({ ok: true, talkId });
		expect(
			await correctTalk(
				people.lead,
				talkId,
				{ ...correction(2), nextOn: null, reason: 'Termin fällt aus' },
				new Date('2027-01-17T09:00:00Z')
			)
		).toEqual({ ok: true, talkId });
		const [talk] = await ownTalks(people.participant);
		expect(talk).toMatchObject({
			id: talkId,
			heldOn: '2027-01-15',
			nextOn: null,
			summary: 'Wie es im Lager geht, und die Pausen',
			version: 3,
			recordedByName: people.trainer.displayName
		});
		expect(talk!.changes).toEqual([
			{
				at: new Date('2027-01-16T09:00:00Z'),
				actorName: people.trainer.displayName,
				reason: 'Falscher Tag eingetragen',
				fromHeldOn: '2027-01-14',
				toHeldOn: '2027-01-15',
				fromNextOn: '2027-02-12',
				toNextOn: '2027-02-19',
				fromSummary: 'Wie es im Lager geht',
				toSummary: 'Wie es im Lager geht, und die Pausen'
			},
			{
				at: new Date('2027-01-17T09:00:00Z'),
				actorName: people.lead.displayName,
				reason: 'Termin fällt aus',
				fromHeldOn: '2027-01-15',
				toHeldOn: '2027-01-15',
				fromNextOn: '2027-02-19',
				toNextOn: null,
				fromSummary: 'Wie es im Lager geht, und die Pausen',
				toSummary: 'Wie es im Lager geht, und die Pausen'
			}
		]);
		expect(await ownNextTalk(people.participant, new Date('2027-01-20T10:00:00Z'))).toBeNull();
	});

	it('refuses a stale version and a date in the future, and changes nothing', async () => {
		const people = await cast();
		const talkId = await recorded(people);
		await correctTalk(people.trainer, talkId, correction(1), new Date('2027-01-16T09:00:00Z'));
		expect(
			await correctTalk(
				people.lead,
				talkId,
				correction(1, '2027-01-13'),
				new Date('2027-01-16T10:00:00Z')
			)
		).toEqual({ ok: false, reason: 'changed_meanwhile' });
		expect(
			await correctTalk(
				people.lead,
				talkId,
				correction(2, '2027-01-30'),
				new Date('2027-01-16T10:00:00Z')
			)
		).toEqual({ ok: false, reason: 'held_in_future' });
		const [talk] = await ownTalks(people.participant);
		expect([talk!.heldOn, talk!.version, talk!.changes.length]).toEqual(['2027-01-15', 2, 1]);
	});

	it('answers 404 to a trainer of another booking and to the other provider, 403 to a participant', async () => {
		const people = await cast();
		const talkId = await recorded(people);
		// Another trainer of the same provider, with a booking of their own.
		const other = await cast();
		for (const stranger of strangersTo(people, other))
			await expect(
				correctTalk(stranger, talkId, correction(1), new Date('2027-01-16T09:00:00Z'))
			).rejects.toMatchObject({ status: 404 });
		await expect(
			correctTalk(people.participant, talkId, correction(1), new Date('2027-01-16T09:00:00Z'))
		).rejects.toMatchObject({ status: 403 });
		const [talk] = await ownTalks(people.participant);
		expect([talk!.heldOn, talk!.version, talk!.changes]).toEqual(['2027-01-14', 1, []]);
	});
});
