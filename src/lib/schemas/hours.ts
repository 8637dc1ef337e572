import { z } from 'zod';
import { isIsoDate } from '$lib/domain/dates';
import { hourKinds, isValidDuration, noteMaxLength } from '$lib/domain/hours';
import { m } from '$lib/paraglide/messages.js';
import { limitedText, requestKey, wholeNumber } from './fields';

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
