import { m } from '$lib/paraglide/messages.js';
import type { GoalState } from '$lib/domain/goals';
import type { IconName } from '$lib/components/Icon.svelte';

export function goalStateLabel(state: GoalState): string {
	switch (state) {
		case 'not_started':
			return m.goal_state_not_started();
		case 'working':
			return m.goal_state_working();
		case 'reached':
			return m.goal_state_reached();
		case 'dropped':
			return m.goal_state_dropped();
	}
}

export function staffGoalStateLabel(state: GoalState): string {
	switch (state) {
		case 'not_started':
			return m.staff_goal_state_not_started();
		case 'working':
			return m.staff_goal_state_working();
		case 'reached':
			return m.staff_goal_state_reached();
		case 'dropped':
			return m.staff_goal_state_dropped();
	}
}

export const goalStateIcons: Record<GoalState, IconName> = {
	not_started: 'waiting',
	working: 'running',
	reached: 'done',
	dropped: 'withdrawn'
};
