import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { fieldErrors, type FieldErrors } from '$lib/forms';

/** What a JSON endpoint of the page's script answers when it did not do what was asked. */
export interface JsonFailure {
	ok: false;
	errors: FieldErrors;
}

export function jsonFailure(status: number, errors: FieldErrors): Response {
	return json({ ok: false, errors } satisfies JsonFailure, { status });
}

/**
 * Reads a JSON request body of the page's own script. Only `application/json` is taken: a
 * browser sends that type to another site only after asking it first (CORS), and this app
 * never says yes, so a foreign page cannot post here in the person's name (SvelteKit's own
 * origin check covers form posts only).
 */
export async function readJson<Schema extends z.ZodType>(
	request: Request,
	schema: Schema
): Promise<{ ok: true; data: z.output<Schema> } | { ok: false; response: Response }> {
	if (!(request.headers.get('content-type') ?? '').startsWith('application/json'))
		return { ok: false, response: jsonFailure(415, { form: 'application/json' }) };
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return { ok: false, response: jsonFailure(400, { form: 'JSON' }) };
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) return { ok: false, response: jsonFailure(400, fieldErrors(parsed.error)) };
	return { ok: true, data: parsed.data };
}
