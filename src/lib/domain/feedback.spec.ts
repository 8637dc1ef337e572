import { describe, expect, it } from 'vitest';
import { hasContent, satisfactionByMonth, withEmptyMonths } from './feedback';

describe('feedback rules', () => {
	it('needs a rating or at least one text', () => {
		expect(hasContent({ rating: null, good: ' ', bad: '', wish: '' })).toBe(false);
		expect(hasContent({ rating: 3, good: '', bad: '', wish: '' })).toBe(true);
		expect(hasContent({ rating: null, good: '', bad: '', wish: 'Mehr Pausen' })).toBe(true);
	});

	it('averages the ratings per month and leaves out feedback without one', () => {
		expect(
			satisfactionByMonth([
				{ date: '2027-02-03', rating: 4 },
				{ date: '2027-01-31', rating: 2 },
				{ date: '2027-02-20', rating: 5 },
				{ date: '2027-02-21', rating: null },
				{ date: '2027-01-02', rating: 3 }
			])
		).toEqual([
			{ month: '2027-01', count: 2, average: 2.5 },
			{ month: '2027-02', count: 2, average: 4.5 }
		]);
	});
});

describe('withEmptyMonths', () => {
	it('fills the months between rated ones as gaps, across a new year', () => {
		expect(
			withEmptyMonths([
				{ month: '2026-11', count: 2, average: 4.5 },
				{ month: '2027-02', count: 1, average: 3 }
			])
		).toEqual([
			{ month: '2026-11', count: 2, average: 4.5 },
			{ month: '2026-12', count: 0, average: null },
			{ month: '2027-01', count: 0, average: null },
			{ month: '2027-02', count: 1, average: 3 }
		]);
		expect(withEmptyMonths([])).toEqual([]);
	});
});
