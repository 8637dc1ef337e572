import { fail, type ActionFailure } from '@sveltejs/kit';
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
