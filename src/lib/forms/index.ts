import type { z } from 'zod';

/** Field name → the first problem with it, ready to show next to the field. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	return errors;
}

/**
 * The text fields of a submitted form, for showing them again after an error.
 * Files and the fields named in `omit` (passwords) are never sent back.
 */
export function keptValues(form: FormData, omit: readonly string[] = []): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && !omit.includes(key)) values[key] = value;
	}
	return values;
}

export interface SummaryItem {
	fieldId: string;
	message: string;
}

/**
 * The error summary's list: field errors link to their field; an error about the whole form
 * links to `firstField`, where the person starts again.
 */
export function summaryOf(
	errors: Record<string, string | undefined>,
	firstField: string
): SummaryItem[] {
	return Object.entries(errors)
		.filter((entry): entry is [string, string] => Boolean(entry[1]))
		.map(([field, message]) => ({ fieldId: field === 'form' ? firstField : field, message }));
}
