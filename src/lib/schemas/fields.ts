import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

/** A trimmed text of at most `max` characters; the error says how long it is now. */
export function limitedText(max: number, tooLong: (values: { max: number; count: number }) => string) {
	return z
		.string()
		.trim()
		.superRefine((value, context) => {
			if (value.length > max) context.addIssue({ code: 'custom', message: tooLong({ max, count: value.length }) });
		});
}

/** Every form that creates something carries a key, so sending it twice creates it once. */
export const requestKey = z.uuid({ error: () => m.request_error_form() });
