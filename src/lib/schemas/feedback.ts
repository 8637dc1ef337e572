import { z } from 'zod';
import { isIsoDate } from '$lib/domain/dates';
import {
	feedbackTextMaxLength,
	hasContent,
	ratings,
	talkSummaryMaxLength
} from '$lib/domain/feedback';
import { m } from '$lib/paraglide/messages.js';
import { correctionReason, limitedText, version } from './fields';

const feedbackText = () =>
	limitedText(feedbackTextMaxLength, m.feedback_error_long).optional().default('');

export const feedbackSchema = z
	.object({
		rating: z
			.enum(ratings.map(String) as ['1', '2', '3', '4', '5'])
			.transform((value) => Number(value) as (typeof ratings)[number])
			.optional(),
		good: feedbackText(),
		bad: feedbackText(),
		wish: feedbackText(),
		bookingId: z.string().optional().default(''),
		talkId: z.string().optional().default(''),
		requestKey: z.uuid({ error: () => m.request_error_form() })
	})
	.superRefine((value, context) => {
		if (
			!hasContent({
				rating: value.rating ?? null,
				good: value.good,
				bad: value.bad,
				wish: value.wish
			})
		) {
			context.addIssue({ code: 'custom', path: ['rating'], message: m.feedback_error_empty() });
		}
	});

export const feedbackAnswerSchema = z.object({
	version,
	text: limitedText(feedbackTextMaxLength, m.feedback_error_long).pipe(
		z.string().min(1, { error: () => m.provider_feedback_error_text() })
	)
});

const talkFields = z.object({
	heldOn: z.string().refine(isIsoDate, { error: () => m.staff_error_date() }),
	nextOn: z
		.string()
		.optional()
		.default('')
		.refine((value) => value === '' || isIsoDate(value), { error: () => m.staff_error_date() }),
	summary: limitedText(talkSummaryMaxLength, m.notes_error_long).optional().default('')
});

/** The next talk comes after the one held. */
function nextAfterHeld<Talk extends z.ZodType<{ heldOn: string; nextOn: string }>>(talk: Talk) {
	return talk.refine((value) => value.nextOn === '' || value.nextOn > value.heldOn, {
		path: ['nextOn'],
		error: () => m.talk_error_next()
	});
}

export const talkSchema = nextAfterHeld(talkFields);

/** A correction of a recorded talk: the new values, the version they replace, and why. */
export const talkCorrectionSchema = nextAfterHeld(
	talkFields.extend({ version, reason: correctionReason })
);
