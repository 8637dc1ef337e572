import { isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeForm } from './forms';

const schema = z.object({ text: z.string().min(1, 'Bitte schreiben Sie etwas.') });

function posted(fields: Record<string, string>): Request {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.set(name, value);
	return new Request('http://localhost/', { method: 'POST', body });
}

type Result = { ok: true; id: string } | { ok: false; reason: 'changed_meanwhile' | 'too_late' };

const steps = (result: Result) => ({
	action: 'save',
	write: async () => result,
	refused: () => ({ text: 'Geht nicht.' })
});

describe('writeForm', () => {
	it('answers bad input with 400, the words typed and the field errors, and writes nothing', async () => {
		let written = false;
		const answer = await writeForm(posted({ text: '' }), schema, {
			...steps({ ok: true, id: 'x' }),
			write: async () => {
				written = true;
				return { ok: true, id: 'x' } as Result;
			}
		});
		expect(written).toBe(false);
		expect(answer).toMatchObject({
			status: 400,
			data: { action: 'save', values: { text: '' }, errors: { text: 'Bitte schreiben Sie etwas.' } }
		});
	});

	it('answers a refusal with its texts: 409 when changed meanwhile, else 400, or the status given', async () => {
		expect(
			await writeForm(
				posted({ text: 'a' }),
				schema,
				steps({ ok: false, reason: 'changed_meanwhile' })
			)
		).toMatchObject({
			status: 409,
			data: { action: 'save', values: { text: 'a' }, errors: { text: 'Geht nicht.' } }
		});
		expect(
			await writeForm(posted({ text: 'a' }), schema, steps({ ok: false, reason: 'too_late' }))
		).toMatchObject({ status: 400 });
		expect(
			await writeForm(posted({ text: 'a' }), schema, {
				...steps({ ok: false, reason: 'changed_meanwhile' }),
				status: () => 400
			})
		).toMatchObject({ status: 400 });
	});

	it('goes on to doneAt after a success, or answers done (or the form’s name) on the same page', async () => {
		const thrown = await writeForm(posted({ text: 'a' }), schema, {
			...steps({ ok: true, id: 'x1' }),
			doneAt: (result) => `/done/${result.id}`
		}).catch((caught: unknown) => caught);
		expect(isRedirect(thrown) && thrown.location).toBe('/done/x1');
		expect(
			await writeForm(posted({ text: 'a' }), schema, {
				...steps({ ok: true, id: 'x1' }),
				done: () => ({ done: 'save' })
			})
		).toEqual({ done: 'save' });
		// A named form says which one succeeded without being told.
		expect(await writeForm(posted({ text: 'a' }), schema, steps({ ok: true, id: 'x1' }))).toEqual({
			done: 'save'
		});
		expect(
			await writeForm(posted({ text: 'a' }), schema, {
				write: async () => ({ ok: true, id: 'x1' }) as Result,
				refused: () => ({})
			})
		).toBeUndefined();
	});
});
