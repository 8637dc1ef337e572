import { z } from 'zod';
import { goalNoteMaxLength, goalStates, goalTextMaxLength } from '$lib/domain/goals';
import { hourKinds, isValidDuration, noteMaxLength } from '$lib/domain/hours';
import { isIsoDate } from '$lib/domain/dates';
import { m } from '$lib/paraglide/messages.js';
import { limitedText, requestKey, version, wholeNumber } from './fields';

export const hourEntrySchema = z.object({
	date: z
		.string({ error: () => m.staff_error_date() })
		.refine(isIsoDate, { error: () => m.staff_error_date() }),
	minutes: wholeNumber(() => m.staff_error_duration()).refine(isValidDuration, {
		error: () => m.staff_error_duration()
	}),
	kind: z.enum(hourKinds, { error: () => m.staff_error_kind() }),
	note: limitedText(noteMaxLength, m.staff_error_note_long).optional().default(''),
	requestKey
});

const reason = limitedText(noteMaxLength, m.staff_error_note_long).pipe(
	z.string().min(1, { error: () => m.staff_error_reason() })
);

export const hourCorrectionSchema = hourEntrySchema.extend({ reason });

export const hourCancellationSchema = z.object({
	reason,
	confirm: z.literal('yes', { error: () => m.staff_error_confirm() }),
	requestKey
});

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
