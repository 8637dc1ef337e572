import { staffBookingWorkspace } from '$lib/server/workspaces/staff-booking';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestModules } from '$lib/server/bookings/service';
import { nextOpenGoal, openOwnGoalsMax } from '$lib/domain/goals';
import {
	addAgreedGoal,
	addOwnView,
	correctAgreedGoalText,
	listOwnGoals,
	ownNextOpenGoal,
	saveOwnPersonalGoal,
	setOwnPersonalGoalState,
	updateAgreedGoal
} from '$lib/server/goals/service';
import { cast, firstGoal, insertTestProviders, testPerson, unique } from '$test/fixtures';
import type { Actor } from '../access';

const at = (iso: string) => new Date(iso);

beforeAll(insertTestProviders);

/** The participant writes a new "Mein Ziel"; returns its id. */
async function personalGoal(participant: Actor, text: string, now: Date): Promise<string> {
	const saved = await saveOwnPersonalGoal(participant, { goalId: null, text }, now);
	if (!saved.ok) throw new Error(saved.reason);
	return saved.goalId;
}

async function ownGoal(participant: Actor, goalId: string) {
	const found = (await listOwnGoals(participant)).find((goal) => goal.id === goalId);
	if (!found) throw new Error('goal not found');
	return found;
}

describe('personal goals ("Mein Ziel")', () => {
	it('starts a new goal as not started, with its words in the history', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const goalId = await personalGoal(
			participant,
			'Ich möchte im Lager arbeiten.',
			at('2027-01-05T10:00:00Z')
		);
		expect(await listOwnGoals(participant)).toEqual([
			expect.objectContaining({
				id: goalId,
				participantId: participant.id,
				bookingId: null,
				moduleCode: null,
				kind: 'personal',
				text: 'Ich möchte im Lager arbeiten.',
				state: 'not_started',
				version: 1,
				latestProgress: null,
				latestOwnView: null,
				history: [
					{
						at: at('2027-01-05T10:00:00Z'),
						actorName: participant.displayName,
						actorRole: 'participant',
						kind: 'created',
						fromState: null,
						toState: 'not_started',
						text: 'Ich möchte im Lager arbeiten.',
						reason: null,
						lang: 'de'
					}
				]
			})
		]);
	});

	it('records new words with a new version, ignores the same words, and refuses words written against an old version', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const goalId = await personalGoal(participant, 'Im Lager arbeiten', at('2027-01-05T10:00:00Z'));
		expect(
			await saveOwnPersonalGoal(
				participant,
				{ goalId, text: 'Im Lager arbeiten, mit Staplerschein', version: 1 },
				at('2027-01-06T10:00:00Z')
			)
		).toEqual({ ok: true, goalId });
		expect(
			await saveOwnPersonalGoal(
				participant,
				{ goalId, text: 'Im Lager arbeiten, mit Staplerschein', version: 2 },
				at('2027-01-07T10:00:00Z')
			)
		).toEqual({ ok: true, goalId });
		expect(
			await saveOwnPersonalGoal(
				participant,
				{ goalId, text: 'Etwas anderes', version: 1 },
				at('2027-01-08T10:00:00Z')
			)
		).toEqual({ ok: false, reason: 'changed_meanwhile' });
		const goal = await ownGoal(participant, goalId);
		expect(goal.text).toBe('Im Lager arbeiten, mit Staplerschein');
		expect(goal.version).toBe(2);
		expect(goal.history.map((event) => [event.kind, event.text])).toEqual([
			['created', 'Im Lager arbeiten'],
			['text_changed', 'Im Lager arbeiten, mit Staplerschein']
		]);
	});

	it('moves along by the participant, recording from and to, and not twice to the same state', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const goalId = await personalGoal(participant, 'Bus fahren', at('2027-01-05T10:00:00Z'));
		await setOwnPersonalGoalState(participant, goalId, 'working', at('2027-01-06T10:00:00Z'));
		await setOwnPersonalGoalState(participant, goalId, 'working', at('2027-01-07T10:00:00Z'));
		await setOwnPersonalGoalState(participant, goalId, 'reached', at('2027-01-08T10:00:00Z'));
		const goal = await ownGoal(participant, goalId);
		expect(goal.state).toBe('reached');
		expect(goal.version).toBe(3);
		expect(
			goal.history
				.filter((event) => event.kind === 'state_changed')
				.map((event) => [event.fromState, event.toState, event.at])
		).toEqual([
			['not_started', 'working', at('2027-01-06T10:00:00Z')],
			['working', 'reached', at('2027-01-08T10:00:00Z')]
		]);
	});

	it('keeps the participant’s own view of a goal, newest as the latest', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const goalId = await personalGoal(participant, 'Bus fahren', at('2027-01-05T10:00:00Z'));
		await addOwnView(participant, goalId, 'Klappt schon gut.', at('2027-01-06T10:00:00Z'));
		await addOwnView(participant, goalId, 'Allein geschafft!', at('2027-01-09T10:00:00Z'));
		const goal = await ownGoal(participant, goalId);
		expect(goal.latestOwnView).toMatchObject({
			kind: 'participant_view',
			text: 'Allein geschafft!',
			actorName: participant.displayName
		});
		expect(goal.history.filter((event) => event.kind === 'participant_view')).toHaveLength(2);
	});

	it('shows each participant only their own goals, and answers 404 for someone else’s', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const other = await testPerson(unique('olaf'), 'participant', null);
		const goalId = await personalGoal(participant, 'Bus fahren', at('2027-01-05T10:00:00Z'));
		expect(await listOwnGoals(other)).toEqual([]);
		await expect(
			saveOwnPersonalGoal(other, { goalId, text: 'fremd', version: 1 })
		).rejects.toMatchObject({ status: 404 });
		await expect(setOwnPersonalGoalState(other, goalId, 'dropped')).rejects.toMatchObject({
			status: 404
		});
		await expect(addOwnView(other, goalId, 'fremd')).rejects.toMatchObject({ status: 404 });
		const goal = await ownGoal(participant, goalId);
		expect(goal.state).toBe('not_started');
		expect(goal.history).toHaveLength(1);
	});

	it('keeps a second and a third goal beside the first, each with its own words, state and history', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const first = await personalGoal(participant, 'Im Lager arbeiten', at('2027-01-05T10:00:00Z'));
		const second = await personalGoal(participant, 'Allein Bus fahren', at('2027-01-06T10:00:00Z'));
		const third = await personalGoal(participant, 'Kochen lernen', at('2027-01-07T10:00:00Z'));
		expect(new Set([first, second, third]).size).toBe(3);
		expect(
			await saveOwnPersonalGoal(
				participant,
				{ goalId: second, text: 'Allein mit dem Bus zur Arbeit fahren', version: 1 },
				at('2027-01-08T10:00:00Z')
			)
		).toEqual({ ok: true, goalId: second });
		await setOwnPersonalGoalState(participant, third, 'working', at('2027-01-09T10:00:00Z'));

		const goals = await listOwnGoals(participant);
		expect(goals.map((goal) => [goal.id, goal.text, goal.state, goal.version])).toEqual([
			[first, 'Im Lager arbeiten', 'not_started', 1],
			[second, 'Allein mit dem Bus zur Arbeit fahren', 'not_started', 2],
			[third, 'Kochen lernen', 'working', 2]
		]);
		const historyOf = (goalId: string) =>
			goals.find((goal) => goal.id === goalId)!.history.map((event) => [event.kind, event.text]);
		expect(historyOf(first)).toEqual([['created', 'Im Lager arbeiten']]);
		expect(historyOf(second)).toEqual([
			['created', 'Allein Bus fahren'],
			['text_changed', 'Allein mit dem Bus zur Arbeit fahren']
		]);
		expect(historyOf(third)).toEqual([
			['created', 'Kochen lernen'],
			['state_changed', null]
		]);
	});

	it(`refuses a new goal while ${openOwnGoalsMax} are open, and takes one again once a goal is reached`, async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const ids: string[] = [];
		for (let index = 1; index <= openOwnGoalsMax; index++)
			ids.push(await personalGoal(participant, `Ziel ${index}`, at('2027-01-05T10:00:00Z')));
		expect(await saveOwnPersonalGoal(participant, { goalId: null, text: 'Eins zu viel' })).toEqual({
			ok: false,
			reason: 'too_many_open'
		});
		// Changing the words of an open goal is still fine at the limit.
		expect(
			await saveOwnPersonalGoal(participant, {
				goalId: ids[0]!,
				text: 'Ziel 1, genauer',
				version: 1
			})
		).toEqual({ ok: true, goalId: ids[0] });
		await setOwnPersonalGoalState(participant, ids[1]!, 'reached');
		const again = await saveOwnPersonalGoal(participant, { goalId: null, text: 'Jetzt geht es' });
		expect(again.ok).toBe(true);
		const goals = await listOwnGoals(participant);
		expect(goals).toHaveLength(openOwnGoalsMax + 1);
		expect(goals.map((goal) => goal.text)).not.toContain('Eins zu viel');
	});

	it('lets the participant neither reword nor move an agreed goal', async () => {
		const { participant, trainer, entryId } = await cast();
		const goalId = await addAgreedGoal(trainer, entryId, 'Pünktlich sein');
		await expect(
			saveOwnPersonalGoal(participant, { goalId, text: 'Anders', version: 1 })
		).rejects.toMatchObject({ status: 404 });
		await expect(setOwnPersonalGoalState(participant, goalId, 'reached')).rejects.toMatchObject({
			status: 404
		});
		// Saying how they see it is open to every goal of their own.
		await addOwnView(participant, goalId, 'Ich gebe mir Mühe.');
		expect((await ownGoal(participant, goalId)).latestOwnView?.text).toBe('Ich gebe mir Mühe.');
	});
});

describe('agreed goals', () => {
	it('are written on a booking by its trainer and shown to the participant with the module', async () => {
		const { participant, trainer, lead, entryId } = await cast();
		const goalId = await firstGoal(trainer, entryId);
		const leadsGoalId = await addAgreedGoal(
			lead,
			entryId,
			'Pausen machen',
			at('2027-01-06T10:00:00Z')
		);
		const { agreed } = (await staffBookingWorkspace(trainer, entryId)).goals;
		expect(agreed.map((goal) => [goal.id, goal.kind, goal.bookingId, goal.state])).toEqual([
			[goalId, 'agreed', entryId, 'not_started'],
			[leadsGoalId, 'agreed', entryId, 'not_started']
		]);
		expect((await ownGoal(participant, goalId)).moduleCode).toBe('entry');
	});

	it('take progress and a new state, with who wrote it, and refuse an old version', async () => {
		const { participant, trainer, entryId } = await cast();
		const goalId = await firstGoal(trainer, entryId);
		expect(
			await updateAgreedGoal(
				trainer,
				goalId,
				{ version: 1, state: 'working', progress: 'Zwei Tage pünktlich.' },
				at('2027-01-08T10:00:00Z')
			)
		).toEqual({ ok: true, goalId });
		// Progress alone keeps the state and the version.
		expect(
			await updateAgreedGoal(
				trainer,
				goalId,
				{ version: 2, state: 'working', progress: 'Die ganze Woche pünktlich.' },
				at('2027-01-12T10:00:00Z')
			)
		).toEqual({ ok: true, goalId });
		expect(
			await updateAgreedGoal(
				trainer,
				goalId,
				{ version: 1, state: 'reached', progress: 'Zu spät gesehen' },
				at('2027-01-13T10:00:00Z')
			)
		).toEqual({ ok: false, reason: 'changed_meanwhile' });
		const goal = await ownGoal(participant, goalId);
		expect(goal.state).toBe('working');
		expect(goal.version).toBe(2);
		expect(goal.latestProgress).toMatchObject({
			kind: 'progress',
			text: 'Die ganze Woche pünktlich.',
			actorName: trainer.displayName,
			actorRole: 'trainer'
		});
		expect(goal.history.map((event) => [event.kind, event.fromState, event.toState])).toEqual([
			['created', null, 'not_started'],
			['state_changed', 'not_started', 'working'],
			['progress', null, null],
			['progress', null, null]
		]);
	});

	it('answer 404 to staff who do not work on the booking, and change nothing', async () => {
		const { participant, trainer, idleTrainer, otherLead, otherTrainer, entryId } = await cast();
		const goalId = await addAgreedGoal(trainer, entryId, 'Pünktlich sein');
		for (const stranger of [idleTrainer, otherLead, otherTrainer]) {
			await expect(addAgreedGoal(stranger, entryId, 'fremd')).rejects.toMatchObject({
				status: 404
			});
			await expect(
				updateAgreedGoal(stranger, goalId, { version: 1, state: 'dropped', progress: 'fremd' })
			).rejects.toMatchObject({ status: 404 });
			await expect(staffBookingWorkspace(stranger, entryId)).rejects.toMatchObject({ status: 404 });
		}
		expect(
			(await listOwnGoals(participant)).map((goal) => [goal.state, goal.history.length])
		).toEqual([['not_started', 1]]);
	});

	it('answer 403 on a request the lead may decide but nobody agreed yet', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const requested = await requestModules(participant, {
			moduleCodes: ['entry'],
			wishedStartMonth: '2027-01',
			wishedProviderId: 'lh',
			message: null,
			requestKey: crypto.randomUUID()
		});
		if (!requested.ok) throw new Error(requested.reason);
		const requestId = requested.bookingIds[0]!;
		await expect(addAgreedGoal(lead, requestId, 'Pünktlich sein')).rejects.toMatchObject({
			status: 403
		});
		expect((await staffBookingWorkspace(lead, requestId)).goals).toEqual({
			agreed: [],
			personal: []
		});
	});

	it('are not for staff to set on a personal goal: 404', async () => {
		const { participant, trainer } = await cast();
		const goalId = await personalGoal(participant, 'Bus fahren', at('2027-01-05T10:00:00Z'));
		await expect(
			updateAgreedGoal(trainer, goalId, { version: 1, state: 'reached', progress: null })
		).rejects.toMatchObject({ status: 404 });
		expect((await ownGoal(participant, goalId)).state).toBe('not_started');
	});
});

describe('correcting the words of an agreed goal', () => {
	it('keeps the old words in the history, with who, when and why', async () => {
		const { participant, trainer, lead, entryId } = await cast();
		const goalId = await firstGoal(trainer, entryId, 'Pünklich sein');
		expect(
			await correctAgreedGoalText(
				trainer,
				goalId,
				{ version: 1, text: 'Pünktlich sein', reason: 'Tippfehler' },
				at('2027-01-06T10:00:00Z')
			)
		).toEqual({ ok: true, goalId });
		expect(
			await correctAgreedGoalText(
				lead,
				goalId,
				{ version: 2, text: 'Jeden Tag pünktlich sein', reason: 'So haben wir es besprochen' },
				at('2027-01-07T10:00:00Z')
			)
		).toEqual({ ok: true, goalId });
		const goal = await ownGoal(participant, goalId);
		expect(goal.text).toBe('Jeden Tag pünktlich sein');
		expect(goal.version).toBe(3);
		expect(
			goal.history.map((event) => [event.kind, event.text, event.reason, event.actorName])
		).toEqual([
			['created', 'Pünklich sein', null, trainer.displayName],
			['text_changed', 'Pünktlich sein', 'Tippfehler', trainer.displayName],
			['text_changed', 'Jeden Tag pünktlich sein', 'So haben wir es besprochen', lead.displayName]
		]);
	});

	it('refuses a stale version and changes nothing', async () => {
		const { participant, trainer, entryId } = await cast();
		const goalId = await addAgreedGoal(trainer, entryId, 'Pausen machen');
		await updateAgreedGoal(trainer, goalId, { version: 1, state: 'working', progress: null });
		expect(
			await correctAgreedGoalText(trainer, goalId, {
				version: 1,
				text: 'Pausen einhalten',
				reason: 'Genauer'
			})
		).toEqual({ ok: false, reason: 'changed_meanwhile' });
		const goal = await ownGoal(participant, goalId);
		expect(goal.text).toBe('Pausen machen');
		expect(goal.history.map((event) => event.kind)).toEqual(['created', 'state_changed']);
	});

	it('answers 404 to a trainer of another booking and to the other provider, 404 for a personal goal', async () => {
		const { participant, trainer, idleTrainer, otherLead, otherTrainer, entryId } = await cast();
		const goalId = await addAgreedGoal(trainer, entryId, 'Pausen machen');
		// Tim trains a booking of his own, just not this one.
		const other = await cast();
		await addAgreedGoal(other.trainer, other.entryId, 'Anderes Ziel');
		for (const stranger of [idleTrainer, other.trainer, otherLead, otherTrainer]) {
			await expect(
				correctAgreedGoalText(stranger, goalId, { version: 1, text: 'fremd', reason: 'fremd' })
			).rejects.toMatchObject({ status: 404 });
		}
		await expect(
			correctAgreedGoalText(participant, goalId, { version: 1, text: 'x', reason: 'x' })
		).rejects.toMatchObject({ status: 403 });
		const personal = await personalGoal(participant, 'Mein eigenes', at('2027-01-05T10:00:00Z'));
		await expect(
			correctAgreedGoalText(trainer, personal, { version: 1, text: 'x', reason: 'x' })
		).rejects.toMatchObject({ status: 404 });
		expect((await ownGoal(participant, goalId)).history).toHaveLength(1);
		expect((await ownGoal(participant, personal)).text).toBe('Mein eigenes');
	});
});

describe('the next open goal on the start page', () => {
	it('is the goal the whole list names next, read without the history', async () => {
		const participant = await testPerson(unique('nora'), 'participant', null);
		expect(await ownNextOpenGoal(participant)).toBeNull();
		const first = await personalGoal(participant, 'Ich lerne kochen.', at('2027-01-05T10:00:00Z'));
		await personalGoal(participant, 'Ich fahre Bus.', at('2027-01-06T10:00:00Z'));
		// Work under way comes before work not started, whatever its age.
		const later = await personalGoal(participant, 'Ich lese.', at('2027-01-07T10:00:00Z'));
		await setOwnPersonalGoalState(participant, later, 'working', at('2027-01-08T10:00:00Z'));

		const next = await ownNextOpenGoal(participant);
		const expected = nextOpenGoal(await listOwnGoals(participant));
		expect(next).toEqual({ text: 'Ich lese.', lang: 'de' });
		expect(next?.text).toBe(expected?.text);

		await setOwnPersonalGoalState(participant, later, 'reached', at('2027-01-09T10:00:00Z'));
		expect((await ownNextOpenGoal(participant))?.text).toBe('Ich lerne kochen.');
		await setOwnPersonalGoalState(participant, first, 'dropped', at('2027-01-10T10:00:00Z'));
		expect((await ownNextOpenGoal(participant))?.text).toBe('Ich fahre Bus.');
	});
});
