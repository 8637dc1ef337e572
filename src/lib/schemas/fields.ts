import { z } from 'zod';
import { correctionReasonMaxLength } from '$lib/domain/documents';
import { hasForbiddenCharacters } from '$lib/domain/text-input';
import { m } from '$lib/paraglide/messages.js';

/**
 * A trimmed text of at most `max` characters, without hidden control characters; the error
 * says how long it is now. Every text field people write goes through this.
 */
export function limitedText(
	max: number,
	tooLong: (values: { max: number; count: number }) => string
) {
	return z
		.string()
		.trim()
		.superRefine((value, context) => {
			if (hasForbiddenCharacters(value))
				context.addIssue({ code: 'custom', message: m.text_error_hidden_characters() });
			else if (value.length > max)
				context.addIssue({ code: 'custom', message: tooLong({ max, count: value.length }) });
		});
}

/** Every form that creates something carries a key, so sending it twice creates it once. */
export const requestKey = z.uuid({ error: () => m.request_error_form() });

/**
 * A whole number as a form sends it: decimal digits only. `z.coerce.number()` would also take
 * "0x0f" (15), "1e2" (100), " 15 " and "" (0).
 */
export function wholeNumber(message?: () => string) {
	return z
		.string({ error: message })
		.regex(/^\d{1,9}$/, { error: message })
		.transform(Number);
}

/** The version a form was made from, for "somebody changed it meanwhile". */
export const version = wholeNumber().pipe(z.number().int().positive());

/** Why staff corrected something: every correction needs one, and it stays in the history. */
export const correctionReason = limitedText(correctionReasonMaxLength, m.notes_error_long).pipe(
	z.string().min(1, { error: () => m.staff_error_reason() })
);
