import { beforeAll, describe, expect, it } from 'vitest';
import {
	cast,
	firstGoal,
	insertTestProviders,
	testPerson,
	unique,
	type Cast
} from '$test/fixtures';
import {
	addAgreedGoal,
	addOwnView,
	listOwnGoals,
	saveOwnPersonalGoal,
	updateAgreedGoal
} from '$lib/server/goals/service';
import { staffBookingWorkspace } from '$lib/server/workspaces/staff-booking';

// The participant's goals page reads by the participant (prepared once), staff read by the
// booking: these tests hold the two to the same rows, order and shape.

beforeAll(insertTestProviders);

const at = (iso: string) => new Date(iso);

/**
 * An agreed goal (5 January), a personal one (6th) and another agreed one (7th), each text marked
 * with the participant's name; the first moved on with progress at one instant (two events),
 * and seen by the participant.
 */
async function goals(people: Cast) {
	const name = people.participant.displayName;
	const agreed = await firstGoal(people.trainer, people.entryId, `Pünktlich sein ${name}`);
	const later = await addAgreedGoal(
		people.trainer,
		people.entryId,
		`Pausen machen ${name}`,
		at('2027-01-07T10:00:00Z')
	);
	const moved = await updateAgreedGoal(
		people.trainer,
		agreed,
		{ version: 1, state: 'working', progress: `Klappt oft ${name}` },
		at('2027-01-08T10:00:00Z')
	);
	if (!moved.ok) throw new Error(moved.reason);
	await addOwnView(people.participant, agreed, `Finde ich gut ${name}`, at('2027-01-09T10:00:00Z'));
	const saved = await saveOwnPersonalGoal(
		people.participant,
		{ goalId: null, text: `Bus fahren ${name}` },
		at('2027-01-06T10:00:00Z')
	);
	if (!saved.ok) throw new Error(saved.reason);
	return { agreed, later, personal: saved.goalId };
}

describe('the participant’s own goals page', () => {
	it('shows goals oldest first, each with its history oldest first, in the order written at one instant', async () => {
		const people = await cast();
		const name = people.participant.displayName;
		const { agreed, later, personal } = await goals(people);
		const own = await listOwnGoals(people.participant);
		expect(own.map((goal) => goal.id)).toEqual([agreed, personal, later]);
		const first = own.find((goal) => goal.id === agreed)!;
		expect(first.history.map((event) => [event.kind, event.text, event.actorName])).toEqual([
			['created', `Pünktlich sein ${name}`, people.trainer.displayName],
			['state_changed', null, people.trainer.displayName],
			['progress', `Klappt oft ${name}`, people.trainer.displayName],
			['participant_view', `Finde ich gut ${name}`, people.participant.displayName]
		]);
		expect(first).toMatchObject({
			moduleCode: 'entry',
			state: 'working',
			version: 2,
			latestProgress: { text: `Klappt oft ${name}` },
			latestOwnView: { text: `Finde ich gut ${name}`, actorRole: 'participant' }
		});
		expect(own[1]).toMatchObject({
			kind: 'personal',
			bookingId: null,
			moduleCode: null,
			latestProgress: null,
			latestOwnView: null
		});
	});

	it('reads each goal exactly as the staff of the booking do', async () => {
		const people = await cast();
		await goals(people);
		const own = await listOwnGoals(people.participant);
		const { agreed, personal } = (await staffBookingWorkspace(people.trainer, people.entryId))
			.goals;
		const byId = new Map(own.map((goal) => [goal.id, goal]));
		expect(agreed.length + personal.length).toBe(own.length);
		for (const goal of [...agreed, ...personal]) expect(goal).toEqual(byId.get(goal.id));
	});

	it('never shows another participant’s goals or their events', async () => {
		const one = await cast();
		const other = await cast();
		await goals(one);
		await goals(other);
		const nobody = await testPerson(unique('nina'), 'participant', null);
		for (const people of [one, other]) {
			const name = people.participant.displayName;
			const own = await listOwnGoals(people.participant);
			expect(own).toHaveLength(3);
			for (const goal of own) {
				expect(goal.participantId).toBe(people.participant.id);
				expect(goal.text).toContain(name);
				for (const event of goal.history) if (event.text) expect(event.text).toContain(name);
			}
			expect(own.flatMap((goal) => goal.history)).toHaveLength(6);
		}
		expect(await listOwnGoals(nobody)).toEqual([]);
	});
});
