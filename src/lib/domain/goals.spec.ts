import { describe, expect, it } from 'vitest';
import { byStateThenAge, nextOpenGoal, type GoalState } from './goals';

const goal = (id: string, state: GoalState, day: number) => ({
	id,
	state,
	createdAt: new Date(Date.UTC(2027, 0, day))
});

describe('goal order', () => {
	it('puts goals being worked on first, then new ones, then reached and dropped ones', () => {
		const goals = [
			goal('a', 'reached', 1),
			goal('b', 'not_started', 2),
			goal('c', 'working', 3),
			goal('d', 'dropped', 4)
		];
		expect(byStateThenAge(goals).map((entry) => entry.id)).toEqual(['c', 'b', 'a', 'd']);
	});

	it('names the next open goal, or none', () => {
		expect(nextOpenGoal([goal('a', 'reached', 1), goal('b', 'not_started', 2)])?.id).toBe('b');
		expect(nextOpenGoal([goal('a', 'reached', 1)])).toBeUndefined();
	});
});
