import { z } from 'zod';
import { goalNoteMaxLength, goalStates, goalTextMaxLength } from '$lib/domain/goals';
import { m } from '$lib/paraglide/messages.js';
import { correctionReason, limitedText, version, wholeNumber } from './fields';

export const personalGoalSchema = z.object({
	goalId: z.string().optional().default(''),
	version: wholeNumber().optional(),
	text: limitedText(goalTextMaxLength, m.goals_error_text_long).pipe(
		z.string().min(1, { error: () => m.goals_error_text() })
	)
});

export const goalStateSchema = z.object({
	goalId: z.string().min(1),
	state: z.enum(goalStates, { error: () => m.goals_error_state() })
});

export const goalViewSchema = z.object({
	goalId: z.string().min(1),
	text: limitedText(goalNoteMaxLength, m.goals_error_text_long).pipe(
		z.string().min(1, { error: () => m.goals_error_view() })
	)
});

export const agreedGoalSchema = z.object({
	text: limitedText(goalTextMaxLength, m.goals_error_text_long).pipe(
		z.string().min(1, { error: () => m.goals_error_text() })
	)
});

export const agreedGoalUpdateSchema = z.object({
	goalId: z.string().min(1),
	version,
	state: z.enum(goalStates, { error: () => m.goals_error_state() }),
	progress: limitedText(goalNoteMaxLength, m.goals_error_text_long).optional().default('')
});

/** Staff correct the words of an agreed goal: the version they read, the new words, and why. */
export const agreedGoalCorrectionSchema = z.object({
	version,
	text: limitedText(goalTextMaxLength, m.goals_error_text_long).pipe(
		z.string().min(1, { error: () => m.goals_error_text() })
	),
	reason: correctionReason
});
