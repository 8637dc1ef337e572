import { describe, expect, it } from 'vitest';
import { containsPattern, listHref, listPageSize, pagerSteps, pageWindow } from './paging';

describe('pageWindow', () => {
	it('reads 50 rows a page and skips the pages before', () => {
		expect(listPageSize).toBe(50);
		expect(pageWindow(673, 2)).toEqual({ page: 2, pages: 14, offset: 50, limit: 50 });
		expect(pageWindow(673, 14)).toEqual({ page: 14, pages: 14, offset: 650, limit: 50 });
	});

	it('shows the last page for a page past the end, and page 1 for nonsense', () => {
		expect(pageWindow(120, 9).page).toBe(3);
		expect(pageWindow(120, 0).page).toBe(1);
		expect(pageWindow(120, -4).page).toBe(1);
		expect(pageWindow(120, Number.NaN).page).toBe(1);
	});

	it('gives an empty list one page and an exact multiple no empty page after it', () => {
		expect(pageWindow(0, 3)).toEqual({ page: 1, pages: 1, offset: 0, limit: 50 });
		expect(pageWindow(100, 3)).toEqual({ page: 2, pages: 2, offset: 50, limit: 50 });
		expect(pageWindow(101, 3).pages).toBe(3);
	});
});

describe('pagerSteps', () => {
	it('links every page of a short list', () => {
		expect(pagerSteps(1, 1)).toEqual([1]);
		expect(pagerSteps(2, 5)).toEqual([1, 2, 3, 4, 5]);
	});

	it('keeps the first, the last and two around the current page, with gaps between', () => {
		expect(pagerSteps(6, 14)).toEqual([1, null, 4, 5, 6, 7, 8, null, 14]);
		expect(pagerSteps(1, 14)).toEqual([1, 2, 3, null, 14]);
		expect(pagerSteps(14, 14)).toEqual([1, null, 12, 13, 14]);
	});

	it('shows a single missing page instead of a gap', () => {
		expect(pagerSteps(5, 14)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 14]);
	});
});

describe('containsPattern', () => {
	it('matches the words anywhere, in lower case, with LIKE signs escaped', () => {
		expect(containsPattern('  Anna ')).toBe('%anna%');
		expect(containsPattern('50%_x\\')).toBe('%50\\%\\_x\\\\%');
		expect(containsPattern('   ')).toBeNull();
	});
});

describe('listHref', () => {
	it('keeps search and filters, and leaves the number out for page 1', () => {
		expect(listHref('/provider/bookings', { q: 'anna', state: 'running', trainer: '' }, 3)).toBe(
			'/provider/bookings?q=anna&state=running&page=3'
		);
		expect(listHref('/provider/bookings', { q: '' }, 1)).toBe('/provider/bookings');
	});
});
