import { m } from '$lib/paraglide/messages.js';
import { splitAtWritten, writtenSlots, type SentencePart } from '$lib/i18n/written-language';
import { textOf } from '$lib/text/tables';
import { formatInstantDate } from '$lib/domain/dates';
import type { GoalEventKind, GoalState } from '$lib/domain/goals';
import { getLocale } from '$lib/paraglide/runtime';
import type { IconName } from '$lib/components/Icon.svelte';

export const goalStateLabel = textOf<GoalState>({
	not_started: m.goal_state_not_started,
	working: m.goal_state_working,
	reached: m.goal_state_reached,
	dropped: m.goal_state_dropped
});

export const staffGoalStateLabel = textOf<GoalState>({
	not_started: m.staff_goal_state_not_started,
	working: m.staff_goal_state_working,
	reached: m.staff_goal_state_reached,
	dropped: m.staff_goal_state_dropped
});

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
	/** Why staff corrected the words, when they did. */
	reason?: string | null;
	/** The language the text and the reason were written in. */
	lang?: string;
}

type GoalEventValues = { date: string; who: string; text: string };

const goalEventTexts = {
	created: (values) => m.goals_event_created(values),
	text_changed: (values) => m.goals_event_text_changed(values),
	state_changed: (values, toState) =>
		m.goals_event_state_changed({ ...values, state: toState ? goalStateLabel(toState) : '' }),
	progress: (values) => m.goals_event_progress(values),
	participant_view: (values) => m.goals_event_participant_view(values)
} satisfies Record<GoalEventKind, (values: GoalEventValues, toState: GoalState | null) => string>;

/** One change of a goal as a whole sentence: on screen and in the documentation PDF. */
export function goalEventSentence(event: GoalEventFacts): string {
	const values = {
		date: formatInstantDate(event.at, getLocale()),
		who: event.actorName,
		text: event.text ?? ''
	};
	const sentence = goalEventTexts[event.kind](values, event.toState);
	return event.reason
		? `${sentence}\n${m.correction_reason_line({ reason: event.reason })}`
		: sentence;
}

/**
 * goalEventSentence in parts: the written goal text and reason apart from the words around
 * them, so a page can mark their language (WCAG 3.1.2) when it differs from the page's.
 */
export function goalEventParts(event: GoalEventFacts): SentencePart[] {
	const [textSlot, reasonSlot] = writtenSlots;
	const framed = goalEventSentence({
		...event,
		text: event.text === null ? null : textSlot,
		reason: event.reason ? reasonSlot : null
	});
	return splitAtWritten(framed, [
		{ text: event.text ?? '', lang: event.lang },
		{ text: event.reason ?? '', lang: event.lang }
	]);
}

/** The newest correction of a goal's words by staff, for "Geändert am … von …". */
export function lastStaffCorrection<Event extends GoalEventFacts>(
	history: readonly Event[]
): Event | undefined {
	return history.filter((event) => event.kind === 'text_changed' && event.reason).at(-1);
}
