import { m } from '$lib/paraglide/messages.js';
import { formatInstantDate } from '$lib/domain/dates';
import type { GoalEventKind, GoalState } from '$lib/domain/goals';
import { getLocale } from '$lib/paraglide/runtime';
import type { IconName } from '$lib/components/Icon.svelte';

const goalStateLabelTexts = {
	not_started: m.goal_state_not_started,
	working: m.goal_state_working,
	reached: m.goal_state_reached,
	dropped: m.goal_state_dropped
} satisfies Record<GoalState, () => string>;

export function goalStateLabel(state: GoalState): string {
	return goalStateLabelTexts[state]();
}

const staffGoalStateLabelTexts = {
	not_started: m.staff_goal_state_not_started,
	working: m.staff_goal_state_working,
	reached: m.staff_goal_state_reached,
	dropped: m.staff_goal_state_dropped
} satisfies Record<GoalState, () => string>;

export function staffGoalStateLabel(state: GoalState): string {
	return staffGoalStateLabelTexts[state]();
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
