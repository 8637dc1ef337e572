import { m } from '$lib/paraglide/messages.js';
import type { FeedbackState, Rating } from '$lib/domain/feedback';
import type { IconName } from '$lib/components/Icon.svelte';

export function ratingLabel(rating: Rating): string {
	switch (rating) {
		case 1:
			return m.feedback_rating_1();
		case 2:
			return m.feedback_rating_2();
		case 3:
			return m.feedback_rating_3();
		case 4:
			return m.feedback_rating_4();
		case 5:
			return m.feedback_rating_5();
	}
}

export const ratingIcons: Record<Rating, IconName> = {
	1: 'rating1',
	2: 'rating2',
	3: 'rating3',
	4: 'rating4',
	5: 'rating5'
};

const feedbackStateLabelTexts = {
	open: m.feedback_state_open,
	answered: m.feedback_state_answered,
	done: m.feedback_state_done
} satisfies Record<FeedbackState, () => string>;

export function feedbackStateLabel(state: FeedbackState): string {
	return feedbackStateLabelTexts[state]();
}
