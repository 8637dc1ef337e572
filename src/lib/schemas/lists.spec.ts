import { describe, expect, it } from 'vitest';
import { parseListQuery } from './lists';

const states = ['open', 'done'] as const;
const parse = (search: string) => parseListQuery(states, new URLSearchParams(search));

describe('parseListQuery', () => {
	it('reads page, search, state and trainer from the address', () => {
		expect(parse('page=3&q=%20Anna%20&state=done&trainer=t1')).toEqual({
			page: 3,
			q: 'Anna',
			state: 'done',
			trainer: 't1'
		});
	});

	it('falls back to page 1 and "all" for missing or wrong values', () => {
		expect(parse('')).toEqual({ page: 1, q: '', state: undefined, trainer: undefined });
		expect(parse('page=0&state=lost')).toMatchObject({ page: 1, state: undefined });
		expect(parse('page=-2').page).toBe(1);
		expect(parse('page=2.5').page).toBe(1);
		expect(parse('page=0x10').page).toBe(1);
	});

	it('takes no state when the list has none', () => {
		expect(parseListQuery([], new URLSearchParams('state=open&q=x')).state).toBeUndefined();
	});

	it('keeps each list to its own states, whichever list asked first', () => {
		const address = new URLSearchParams('state=open');
		expect(parseListQuery(['open', 'closed'], address).state).toBe('open');
		expect(parseListQuery(['draft'], address).state).toBeUndefined();
		expect(parseListQuery([], address).state).toBeUndefined();
		expect(parseListQuery(['open', 'closed'], address).state).toBe('open');
	});

	it('cuts a long search to 100 characters', () => {
		expect(parse(`q=${'a'.repeat(150)}`).q).toHaveLength(100);
	});
});
