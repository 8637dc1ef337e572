import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { fieldErrors, keptValues, type FieldErrors } from '$lib/forms';

/** What every form action sends back on bad input: the words typed (never a password) and the errors. */
export type FormFailure<Extra extends object> = ActionFailure<
	{ values: Record<string, string>; errors: FieldErrors } & Extra
>;

export type ParsedForm<Data, Extra extends object> =
	| { ok: true; data: Data; values: Record<string, string> }
	| { ok: false; failure: FormFailure<Extra> };

/** Page-level facts for the failure: which form (`action`), and fields to echo from the form (`echo`). */
type Echoed<Field extends string> = { [Name in Field]: string };

/** Fields whose value never goes back to the page. */
const neverSentBack = ['password', 'currentPassword', 'newPassword'];

/**
 * Reads a posted form and checks it with its schema, the one preamble of every action. On bad
 * input the 400 failure is ready to return: `{ values, errors }` and `extra` (which form of the
 * page it was), plus the form's own value of each `echo` field (which goal a form was about), so
 * the page shows the errors at the right form and keeps what the person typed.
 */
export async function parseForm<
	Schema extends z.ZodType,
	const Extra extends object = object,
	const Field extends string = never
>(
	request: Request,
	schema: Schema,
	extra: Extra = {} as Extra,
	echo: readonly Field[] = []
): Promise<ParsedForm<z.output<Schema>, Extra & Echoed<Field>>> {
	const form = await request.formData();
	const values = keptValues(form, neverSentBack);
	const input = schema.safeParse(Object.fromEntries(form));
	if (!input.success) {
		const echoed = Object.fromEntries(
			echo.map((field) => [field, values[field] ?? ''])
		) as Echoed<Field>;
		return {
			ok: false,
			failure: fail(400, { ...extra, ...echoed, values, errors: fieldErrors(input.error) })
		};
	}
	return { ok: true, data: input.data, values };
}

type Refusal<Result> = Extract<Result, { ok: false }>;
type Success<Result> = Extract<Result, { ok: true }>;

/** A refusal's status: 409 when someone changed the record meanwhile, else 400. */
export const conflictStatus = (result: { reason?: unknown }): number =>
	result.reason === 'changed_meanwhile' ? 409 : 400;

/** What a form's answers carry to say which form it was: `{ action: 'addNote' }`, or nothing. */
type Named<Action extends string> = [Action] extends [never] ? object : { action: Action };

/**
 * A form action that writes one thing (a correction): `parseForm`, then the service; a refusal
 * goes back to the form with the words typed and the refusal's texts, a success goes on to
 * `doneAt` or answers `done`. `action` names the form on a page with several: its refusals
 * carry `{ action }`, and its success answers `{ done: action }` unless `done` says otherwise.
 */
export async function writeForm<
	Schema extends z.ZodType,
	Result extends { ok: boolean },
	const Action extends string = never,
	const Done extends object = { done: Action }
>(
	request: Request,
	schema: Schema,
	steps: {
		action?: Action;
		write: (data: z.output<Schema>) => Promise<Result>;
		refused: (result: Refusal<Result>) => FieldErrors;
		status?: (result: Refusal<Result>) => number;
		/** Where a success goes on to (a redirect)… */
		doneAt?: (result: Success<Result>) => string;
		/** …or what it answers on the same page, when more than `{ done: action }`. */
		done?: (result: Success<Result>) => Done;
	}
) {
	const named = (steps.action === undefined ? {} : { action: steps.action }) as Named<Action>;
	const input = await parseForm(request, schema, named);
	if (!input.ok) return input.failure;
	const result = await steps.write(input.data);
	if (!result.ok) {
		const refusal = result as Refusal<Result>;
		const status = steps.status ? steps.status(refusal) : conflictStatus(refusal as object);
		return fail(status, {
			...named,
			values: input.values,
			errors: steps.refused(refusal)
		});
	}
	const success = result as Success<Result>;
	if (steps.doneAt) redirect(303, steps.doneAt(success));
	if (steps.done) return steps.done(success);
	return steps.action === undefined ? undefined : ({ done: steps.action } as Done);
}
