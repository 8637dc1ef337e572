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
 * links to `firstField`, where the person starts again. Where one form stands on a page many
 * times (one per goal), `fieldIdOf` turns a field's name into the id it has in that copy.
 */
export function summaryOf(
	errors: Record<string, string | undefined>,
	firstField: string,
	fieldIdOf: (name: string) => string = (name) => name
): SummaryItem[] {
	return Object.entries(errors)
		.filter((entry): entry is [string, string] => Boolean(entry[1]))
		.map(([name, message]) => {
			const fieldId = fieldIdOf(name);
			return { fieldId: fieldId === 'form' ? firstField : fieldId, message };
		});
}

/** What a page's `form` prop holds: the answer of the action last sent (a union), or nothing. */
type ActionAnswer = object | null | undefined;

/** Which form an answer must be about: `{ action: 'updateGoal', goalId }`; an undefined key matches any. */
type FormKey = Record<string, string | undefined>;

export interface FormState {
	/** The action refused this form: `values` and `errors` are what it sent back. */
	failed: boolean;
	values: Record<string, string>;
	errors: Record<string, string>;
}

function isAbout(answer: object, key: FormKey): boolean {
	const fields = answer as Record<string, unknown>;
	return Object.entries(key).every(
		([name, value]) => value === undefined || fields[name] === value
	);
}

function textsOf(answer: object, name: 'values' | 'errors'): Record<string, string> {
	const texts = (answer as Record<string, unknown>)[name];
	return texts && typeof texts === 'object' ? (texts as Record<string, string>) : {};
}

/**
 * The page side of `parseForm`: the words typed and the errors of one form, read from the
 * action's `{ values, errors }` failure. A page with several forms names the one it shows by the
 * keys the action sent back with it (`action`, `goalId`), so errors appear only at the form that
 * was sent; an answer about another form, a success or no answer gives empty texts.
 */
export function formState(form: ActionAnswer, key: FormKey = {}): FormState {
	if (!form || !('errors' in form) || !isAbout(form, key)) {
		return { failed: false, values: {}, errors: {} };
	}
	return { failed: true, values: textsOf(form, 'values'), errors: textsOf(form, 'errors') };
}

/** Whether the action reports that this step worked (`{ done: 'addGoal' }`), for a "saved" notice at its form. */
export function isDone(form: ActionAnswer, done: string, key: FormKey = {}): boolean {
	return Boolean(form && isAbout(form, { ...key, done }));
}

/** The words typed and the errors of one form, as `formState` gives them. */
export interface FormTexts {
	values: Record<string, string | undefined>;
	errors: Record<string, string | undefined>;
}

/** What every labelled field takes (GOV.UK): its label, a hint, the error and the value to show. */
export interface FieldProps {
	id: string;
	/** The form field's name; the id when left out, as for most fields. */
	name?: string;
	label: string;
	hint?: string;
	/** The form's state: the field finds its error and the words kept for it by its name. */
	state?: FormTexts;
	/** The error to show; without it, the state's error for this field. */
	error?: string;
	/** What the field shows when the state keeps nothing for it (the stored value, a default). */
	value?: string;
}

/** The error and the value a field shows: what its form's state has for its name comes first. */
export function fieldTexts(
	name: string,
	{ state, error, value }: Pick<FieldProps, 'state' | 'error' | 'value'>
): { error: string | undefined; value: string } {
	return { error: error ?? state?.errors[name], value: state?.values[name] ?? value ?? '' };
}

/** One choice of a select or of a radio group. */
export interface Choice {
	value: string;
	label: string;
}

/** What a control points at with aria-describedby: its hint and its error, where it has them. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
	return (
		[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
		undefined
	);
}
