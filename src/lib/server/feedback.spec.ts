import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from './db';
import { provider } from './db/schema';
import { actorFor, insertUser } from './users';
import type { Actor } from './access';
import { advanceBooking, confirmBooking, listOwnBookings, requestModules } from './bookings';
import {
	answerFeedback,
	feedbackInbox,
	getFeedbackForStaff,
	giveFeedback,
	listOwnFeedback,
	markOwnRepliesRead,
	ownNextTalk,
	recordTalk,
	satisfactionForProvider,
	unreadReplies
} from './feedback';

let participant: Actor;
let other: Actor;
let lead: Actor;
let trainer: Actor;
let foreignTrainer: Actor;
let bookingId: string;

async function person(username: string, role: Actor['role'], providerId: string | null): Promise<Actor> {
	return actorFor(await insertUser(await getDb(), { username, displayName: username, role, providerId, password: 'pw' }));
}

beforeAll(async () => {
	const db = await getDb();
	await db.insert(provider).values([{ id: 'lh', name: 'Lebenshilfe' }, { id: 'jh', name: 'Josefshaus' }]);
	participant = await person('frieda', 'participant', null);
	other = await person('otto', 'participant', null);
	lead = await person('lotte', 'lead', 'lh');
	trainer = await person('tina', 'trainer', 'lh');
	foreignTrainer = await person('jakob', 'trainer', 'jh');
	const requested = await requestModules(participant, { moduleCodes: ['entry'], wishedStartMonth: '2027-01', wishedProviderId: null, message: null, requestKey: crypto.randomUUID() }, new Date('2026-12-01T10:00:00Z'));
	if (!requested.ok) throw new Error(requested.reason);
	bookingId = requested.bookingIds[0]!;
	const version = async () => (await listOwnBookings(participant))[0]!.version;
	await confirmBooking(lead, bookingId, { version: await version(), plannedStart: '2027-01-04', plannedEnd: '2027-01-31', trainerId: trainer.id }, new Date('2026-12-02T10:00:00Z'));
	await advanceBooking(lead, bookingId, { version: await version(), step: 'start' }, new Date('2027-01-04T08:00:00Z'));
});

const input = (rating: 1 | 2 | 3 | 4 | 5 | null, good = '') => ({ rating, good, bad: '', wish: '', bookingId: null, talkId: null, requestKey: crypto.randomUUID() });

describe('feedback', () => {
	it('reaches the provider of the participant’s booking and nobody else', async () => {
		const id = await giveFeedback(participant, input(4, 'Die Arbeit im Garten'), new Date('2027-01-10T10:00:00Z'));
		expect((await feedbackInbox(trainer, { state: null, trainerId: null })).map((item) => item.id)).toContain(id);
		expect(await feedbackInbox(foreignTrainer, { state: null, trainerId: null })).toEqual([]);
		await expect(getFeedbackForStaff(foreignTrainer, id)).rejects.toMatchObject({ status: 404 });
		expect(await listOwnFeedback(other)).toEqual([]);
	});

	it('counts an answer as unread until the participant looks', async () => {
		const [item] = await listOwnFeedback(participant);
		expect(await answerFeedback(trainer, item!.id, { version: item!.version, text: 'Danke!', close: false })).toEqual({ ok: true });
		expect(await unreadReplies(participant)).toBe(1);
		expect((await listOwnFeedback(participant))[0]!.state).toBe('answered');
		await markOwnRepliesRead(participant);
		expect(await unreadReplies(participant)).toBe(0);
	});

	it('refuses an answer written against an old version', async () => {
		const [item] = await listOwnFeedback(participant);
		expect(await answerFeedback(lead, item!.id, { version: item!.version - 1, text: 'Zu spät', close: false })).toEqual({
			ok: false,
			reason: 'changed_meanwhile'
		});
	});

	it('closes with what changed, and the participant reads it', async () => {
		const [item] = await listOwnFeedback(participant);
		await answerFeedback(lead, item!.id, { version: item!.version, text: 'Wir haben mehr Garten·arbeit eingeplant.', close: true });
		const [closed] = await listOwnFeedback(participant);
		expect(closed!.state).toBe('done');
		expect(closed!.changeNote).toBe('Wir haben mehr Garten·arbeit eingeplant.');
		expect(closed!.replies.at(-1)).toMatchObject({ closes: true, authorName: 'lotte', isNew: true });
	});

	it('shows the next reflection talk and averages ratings per month', async () => {
		await recordTalk(trainer, bookingId, { heldOn: '2027-01-15', nextOn: '2027-02-12' });
		expect(await ownNextTalk(participant, new Date('2027-01-20T10:00:00Z'))).toBe('2027-02-12');
		expect(await ownNextTalk(participant, new Date('2027-02-13T10:00:00Z'))).toBeNull();
		await giveFeedback(participant, input(2), new Date('2027-01-20T10:00:00Z'));
		expect(await satisfactionForProvider(lead)).toEqual([{ month: '2027-01', count: 2, average: 3 }]);
	});
});
