import { z } from 'zod';

/** Longest search text a list takes; longer input is cut, never refused. */
export const listSearchMaxLength = 100;

/**
 * What a staff list reads from its address (`?q=anna&state=running&trainer=…&page=2`). A list
 * never refuses its address: a wrong or missing value falls back to "all" or page 1, as an
 * old bookmark or a hand-typed link should.
 */
export function listQuerySchema<const State extends string>(states: readonly State[]) {
	return z.object({
		page: z
			.string()
			.regex(/^\d{1,6}$/)
			.transform(Number)
			.pipe(z.number().int().min(1))
			.catch(1),
		q: z
			.string()
			.transform((value) => value.trim().slice(0, listSearchMaxLength))
			.catch(''),
		// A list without states (the open requests) takes no state at all.
		state: (states.length > 0 ? z.enum(states as [State, ...State[]]) : z.never())
			.optional()
			.catch(undefined),
		trainer: z.string().max(64).optional().catch(undefined)
	});
}

export type ListQuery<State extends string> = z.output<ReturnType<typeof listQuerySchema<State>>>;

/**
 * One schema per list's states, made on its first use: building a zod schema (and zod's
 * compiled parser for it) on every page view was 5 % of a staff list's time.
 */
const schemas = new Map<string, ReturnType<typeof listQuerySchema>>();

/** The list's query from the address; a repeated parameter counts with its last value. */
export function parseListQuery<const State extends string>(
	states: readonly State[],
	params: URLSearchParams
): ListQuery<State> {
	const key = states.join(' ');
	let schema = schemas.get(key);
	if (!schema) schemas.set(key, (schema = listQuerySchema(states)));
	return schema.parse(Object.fromEntries(params)) as ListQuery<State>;
}
