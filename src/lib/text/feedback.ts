import { m } from '$lib/paraglide/messages.js';
import { textOf } from '$lib/text/tables';
import type { FeedbackState, Rating } from '$lib/domain/feedback';
import type { IconName } from '$lib/components/Icon.svelte';

export const ratingLabel = textOf<Rating>({
	1: m.feedback_rating_1,
	2: m.feedback_rating_2,
	3: m.feedback_rating_3,
	4: m.feedback_rating_4,
	5: m.feedback_rating_5
});

export const ratingIcons: Record<Rating, IconName> = {
	1: 'rating1',
	2: 'rating2',
	3: 'rating3',
	4: 'rating4',
	5: 'rating5'
};

export const feedbackStateLabel = textOf<FeedbackState>({
	open: m.feedback_state_open,
	answered: m.feedback_state_answered,
	done: m.feedback_state_done
});
