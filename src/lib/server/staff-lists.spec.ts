import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '$lib/server/access';
import {
	advanceBooking,
	confirmBooking,
	countOpenRequests,
	countStaffBookings,
	listOwnBookings,
	openRequestPage,
	requestModules,
	staffBookingPage
} from '$lib/server/bookings/service';
import { reportOverview, saveDraft } from '$lib/server/documents/reports';
import { answerFeedback, feedbackInbox, giveFeedback } from '$lib/server/feedback/service';
import { firstDraft, manyParticipants, testPerson, testProvider, unique } from '$test/fixtures';

// The four staff lists at more than one page (50 rows): each test makes a provider of its
// own, so its counts are exact whatever the other tests of this file made. Making sixty
// bookings through the services takes a few seconds.
vi.setConfig({ testTimeout: 60_000 });

const requestedAt = (minute: number) => new Date(Date.UTC(2026, 11, 1, 8, minute));

async function staffOf(providerId: string) {
	return {
		lead: await testPerson(unique('lead'), 'lead', providerId),
		trainer: await testPerson(unique('trainer'), 'trainer', providerId),
		otherTrainer: await testPerson(unique('trainer'), 'trainer', providerId)
	};
}

/** `count` participants named p000-…, p001-… (in that order), each asking for the Einstiegsphase. */
async function requests(providerId: string, count: number, prefix = 'p') {
	const asked: { participant: Actor; bookingId: string }[] = [];
	for (const [index, participant] of (await manyParticipants(prefix, count)).entries()) {
		const result = await requestModules(
			participant,
			{
				moduleCodes: ['entry'],
				wishedStartMonth: '2027-01',
				wishedProviderId: providerId,
				message: null,
				requestKey: crypto.randomUUID()
			},
			requestedAt(index)
		);
		if (!result.ok) throw new Error(result.reason);
		asked.push({ participant, bookingId: result.bookingIds[0]! });
	}
	return asked;
}

async function confirm(lead: Actor, participant: Actor, bookingId: string, trainer: Actor) {
	const [own] = await listOwnBookings(participant);
	const result = await confirmBooking(
		lead,
		bookingId,
		{
			version: own!.version,
			plannedStart: '2027-01-04',
			plannedEnd: '2027-01-31',
			trainerId: trainer.id
		},
		new Date('2026-12-02T10:00:00Z')
	);
	if (!result.ok) throw new Error(result.reason);
}

async function start(lead: Actor, participant: Actor, bookingId: string) {
	const [own] = await listOwnBookings(participant);
	await advanceBooking(
		lead,
		bookingId,
		{ version: own!.version, step: 'start', confirmed: true },
		new Date('2027-01-04T08:00:00Z')
	);
}

/**
 * 55 bookings with one provider: p000 … p051 confirmed with `trainer`, p052 … p054 running with
 * `otherTrainer`.
 */
async function region() {
	const providerId = await testProvider();
	const staff = await staffOf(providerId);
	const asked = await requests(providerId, 55);
	for (const [index, { participant, bookingId }] of asked.entries()) {
		const running = index >= 52;
		await confirm(staff.lead, participant, bookingId, running ? staff.otherTrainer : staff.trainer);
		if (running) await start(staff.lead, participant, bookingId);
	}
	return { providerId, ...staff, asked };
}

const names = (rows: { participantName: string }[]) =>
	rows.map((row) => row.participantName.slice(0, 4));
const all = { q: '', state: null, trainerId: null };

describe('the staff booking list', () => {
	it('pages at 50 and counts in the database, what needs doing first', async () => {
		const { lead } = await region();
		const first = await staffBookingPage(lead, { ...all, page: 1 });
		expect(first).toMatchObject({ total: 55, page: 1, pages: 2 });
		expect(first.rows).toHaveLength(50);
		expect(names(first.rows).slice(0, 2)).toEqual(['p000', 'p001']);
		const second = await staffBookingPage(lead, { ...all, page: 2 });
		// Confirmed bookings wait to be started, so they come before the running ones.
		expect(names(second.rows)).toEqual(['p050', 'p051', 'p052', 'p053', 'p054']);
		expect(second.rows.map((row) => row.state)).toEqual([
			'confirmed',
			'confirmed',
			'running',
			'running',
			'running'
		]);
		// A page past the end shows the last one.
		expect((await staffBookingPage(lead, { ...all, page: 9 })).page).toBe(2);
		expect(await countStaffBookings(lead)).toBe(55);
	});

	it('searches by name and filters by state and trainer', async () => {
		const { lead, otherTrainer, asked } = await region();
		const name = asked[7]!.participant.displayName;
		const found = await staffBookingPage(lead, { ...all, q: name.toUpperCase(), page: 1 });
		expect(found).toMatchObject({ total: 1, pages: 1 });
		expect(found.rows[0]!.participantName).toBe(name);
		expect((await staffBookingPage(lead, { ...all, q: 'nobody-here', page: 1 })).total).toBe(0);
		const running = await staffBookingPage(lead, { ...all, state: 'running', page: 1 });
		expect(names(running.rows)).toEqual(['p052', 'p053', 'p054']);
		const byTrainer = await staffBookingPage(lead, {
			...all,
			trainerId: otherTrainer.id,
			page: 1
		});
		expect(byTrainer.total).toBe(3);
		expect(byTrainer.rows.every((row) => row.trainerName === otherTrainer.displayName)).toBe(true);
	});

	it('shows a trainer only the bookings they train, whatever the trainer filter says', async () => {
		const { trainer, otherTrainer } = await region();
		expect((await staffBookingPage(otherTrainer, { ...all, page: 1 })).total).toBe(3);
		const own = await staffBookingPage(otherTrainer, {
			...all,
			trainerId: trainer.id,
			page: 1
		});
		expect(names(own.rows)).toEqual(['p052', 'p053', 'p054']);
		expect(await countStaffBookings(trainer)).toBe(52);
		const foreign = await staffOf(await testProvider());
		expect((await staffBookingPage(foreign.lead, { ...all, page: 1 })).total).toBe(0);
	});
});

describe('the open requests', () => {
	it('pages the requests for the lead, longest waiting first, and searches them', async () => {
		const providerId = await testProvider();
		const { lead } = await staffOf(providerId);
		const asked = await requests(providerId, 53, 'r');
		const second = await openRequestPage(lead, { q: '', page: 2 });
		expect(second).toMatchObject({ total: 53, page: 2, pages: 2 });
		expect(names(second.rows)).toEqual(['r050', 'r051', 'r052']);
		expect(await countOpenRequests(lead)).toBe(53);
		const name = asked[20]!.participant.displayName;
		expect(names((await openRequestPage(lead, { q: name, page: 1 })).rows)).toEqual(['r020']);
		// Another provider's lead never sees requests that wish for this one.
		const other = await staffOf(await testProvider());
		expect((await openRequestPage(other.lead, { q: 'r0', page: 1 })).total).toBe(0);
	});
});

describe('the feedback inbox', () => {
	it('pages the feedback, unanswered first and oldest first, with state and trainer filters', async () => {
		const providerId = await testProvider();
		const staff = await staffOf(providerId);
		const [one, two] = await requests(providerId, 2, 'f');
		await confirm(staff.lead, one!.participant, one!.bookingId, staff.trainer);
		await confirm(staff.lead, two!.participant, two!.bookingId, staff.otherTrainer);
		const ids: string[] = [];
		for (let index = 0; index < 52; index++) {
			ids.push(
				await giveFeedback(
					one!.participant,
					{
						rating: 4,
						good: `Nummer ${index}`,
						bad: '',
						wish: '',
						bookingId: one!.bookingId,
						talkId: null,
						requestKey: crypto.randomUUID()
					},
					new Date(Date.UTC(2027, 0, 5, 8, index))
				)
			);
		}
		const aboutOther = await giveFeedback(
			two!.participant,
			{
				rating: 2,
				good: '',
				bad: 'Zu laut',
				wish: '',
				bookingId: two!.bookingId,
				talkId: null,
				requestKey: crypto.randomUUID()
			},
			new Date(Date.UTC(2027, 0, 6, 8, 0))
		);
		// The oldest one is answered: it moves behind every open one.
		const answered = await answerFeedback(staff.lead, ids[0]!, {
			version: 1,
			text: 'Danke',
			close: false
		});
		expect(answered).toEqual({ ok: true });

		const everything = { ...all, page: 1 };
		const first = await feedbackInbox(staff.lead, everything);
		expect(first).toMatchObject({ total: 53, pages: 2 });
		expect(first.rows[0]!.id).toBe(ids[1]);
		const second = await feedbackInbox(staff.lead, { ...everything, page: 2 });
		expect(second.rows.map((row) => row.id)).toEqual([ids[51], aboutOther, ids[0]]);
		expect(second.rows.at(-1)!.state).toBe('answered');
		// The rows carry what the list shows, not the texts.
		expect(Object.keys(second.rows[0]!).sort()).toEqual(
			['createdAt', 'id', 'participantName', 'rating', 'state', 'trainerName'].sort()
		);

		const open = await feedbackInbox(staff.lead, { ...everything, state: 'answered' });
		expect(open.rows.map((row) => row.id)).toEqual([ids[0]]);
		const byTrainer = await feedbackInbox(staff.lead, {
			...everything,
			trainerId: staff.otherTrainer.id
		});
		expect(byTrainer.rows.map((row) => row.id)).toEqual([aboutOther]);
		const byName = await feedbackInbox(staff.lead, {
			...everything,
			q: two!.participant.displayName
		});
		expect(byName.total).toBe(1);
		// A trainer reads only the feedback about the bookings they train.
		expect((await feedbackInbox(staff.otherTrainer, everything)).total).toBe(1);
		expect((await feedbackInbox(staff.trainer, everything)).total).toBe(52);
	});
});

describe('the report list', () => {
	it('pages the people staff work with, drafts first, and filters by how far the report is', async () => {
		const { lead, trainer, otherTrainer, asked } = await region();
		const drafted = asked[40]!.participant;
		const saved = await saveDraft(
			trainer,
			drafted.id,
			firstDraft(),
			new Date('2027-01-20T10:00:00Z')
		);
		expect(saved.ok).toBe(true);

		const first = await reportOverview(lead, { q: '', state: null, page: 1 });
		expect(first).toMatchObject({ total: 55, pages: 2 });
		expect(first.rows[0]).toMatchObject({
			participantId: drafted.id,
			latestState: 'draft',
			latestVersion: 1
		});
		const second = await reportOverview(lead, { q: '', state: null, page: 2 });
		expect(names(second.rows)).toEqual(['p050', 'p051', 'p052', 'p053', 'p054']);
		expect((await reportOverview(lead, { q: '', state: 'draft', page: 1 })).total).toBe(1);
		expect((await reportOverview(lead, { q: '', state: 'none', page: 1 })).total).toBe(54);
		expect((await reportOverview(lead, { q: '', state: 'final', page: 1 })).total).toBe(0);
		const found = await reportOverview(lead, { q: drafted.displayName, state: null, page: 1 });
		expect(found.rows.map((row) => row.participantId)).toEqual([drafted.id]);
		// A trainer: only the people they train.
		expect((await reportOverview(otherTrainer, { q: '', state: null, page: 1 })).total).toBe(3);
	});
});
