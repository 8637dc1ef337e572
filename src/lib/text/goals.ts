import { m } from '$lib/paraglide/messages.js';
import { formatInstantDate } from '$lib/domain/dates';
import type { GoalEventKind, GoalState } from '$lib/domain/goals';
import { getLocale } from '$lib/paraglide/runtime';
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

export interface GoalEventFacts {
	at: Date;
	actorName: string;
	kind: GoalEventKind;
	toState: GoalState | null;
	text: string | null;
}

/** One change of a goal as a whole sentence: on screen and in the documentation PDF. */
export function goalEventSentence(event: GoalEventFacts): string {
	const values = {
		date: formatInstantDate(event.at, getLocale()),
		who: event.actorName,
		text: event.text ?? ''
	};
	switch (event.kind) {
		case 'created':
			return m.goals_event_created(values);
		case 'text_changed':
			return m.goals_event_text_changed(values);
		case 'state_changed':
			return m.goals_event_state_changed({
				...values,
				state: event.toState ? goalStateLabel(event.toState) : ''
			});
		case 'progress':
			return m.goals_event_progress(values);
		case 'participant_view':
			return m.goals_event_participant_view(values);
	}
}
