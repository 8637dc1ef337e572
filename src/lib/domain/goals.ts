/** A goal agreed for a booking, or the participant's own ("Mein Ziel"). */
export const goalKinds = ['agreed', 'personal'] as const;
export type GoalKind = (typeof goalKinds)[number];

export const goalStates = ['not_started', 'working', 'reached', 'dropped'] as const;
export type GoalState = (typeof goalStates)[number];

export const goalTextMaxLength = 500;

/**
 * A participant may have this many own goals open (not started or working) at once: enough for
 * a life with several aims, few enough to keep the page readable. Reached and dropped goals do
 * not count.
 */
export const openOwnGoalsMax = 10;

export function isOpenGoal(state: GoalState): boolean {
	return state === 'not_started' || state === 'working';
}
export const goalNoteMaxLength = 2000;

/** What a goal's history records: every change, with who and when. */
export const goalEventKinds = [
	'created',
	'text_changed',
	'state_changed',
	'progress',
	'participant_view'
] as const;
export type GoalEventKind = (typeof goalEventKinds)[number];

/** Open goals come first, in the order one works on them. */
const stateOrder: Record<GoalState, number> = {
	working: 0,
	not_started: 1,
	reached: 2,
	dropped: 3
};

export function byStateThenAge<T extends { state: GoalState; createdAt: Date }>(
	goals: readonly T[]
): T[] {
	return [...goals].sort(
		(a, b) =>
			stateOrder[a.state] - stateOrder[b.state] || a.createdAt.getTime() - b.createdAt.getTime()
	);
}

/** The goal to show on the start page: the first one still open. */
export function nextOpenGoal<T extends { state: GoalState; createdAt: Date }>(
	goals: readonly T[]
): T | undefined {
	return byStateThenAge(goals).find((goal) => isOpenGoal(goal.state));
}
