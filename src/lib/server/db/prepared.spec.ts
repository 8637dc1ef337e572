import { describe, expect, it } from 'vitest';
import { getDb } from './index';
import { preparedQueryByShape } from './prepared';

describe('queries prepared per shape of a list read', () => {
	it('builds each combination of filters once, whatever the order of its flags', async () => {
		const db = await getDb();
		const built: string[] = [];
		const queriesFor = preparedQueryByShape((_db, shape: { search: boolean; state: boolean }) => {
			built.push(`search=${shape.search} state=${shape.state}`);
			return { shape };
		});
		const first = queriesFor(db, { search: true, state: false });
		expect(queriesFor(db, { state: false, search: true })).toBe(first);
		const other = queriesFor(db, { search: false, state: false });
		expect(other).not.toBe(first);
		expect(other.shape).toEqual({ search: false, state: false });
		expect(built).toEqual(['search=true state=false', 'search=false state=false']);
	});
});
