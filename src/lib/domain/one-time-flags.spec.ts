import { describe, expect, it } from 'vitest';
import { oneTimeFlags, withoutOneTimeFlags } from './one-time-flags';

describe('withoutOneTimeFlags', () => {
	it('drops a confirmation flag so the message does not show again', () => {
		expect(withoutOneTimeFlags('/feedback?sent=1')).toBe('/feedback');
		expect(withoutOneTimeFlags('/settings?saved=1')).toBe('/settings');
	});

	it('keeps real query parameters and their order', () => {
		expect(withoutOneTimeFlags('/admin?q=anna&sent=1&page=2')).toBe('/admin?q=anna&page=2');
		expect(withoutOneTimeFlags('/provider/billing?month=2026-11')).toBe(
			'/provider/billing?month=2026-11'
		);
	});

	it('drops every listed flag, and the count that goes with ended sessions', () => {
		const all = oneTimeFlags.map((flag) => `${flag}=1`).join('&');
		expect(withoutOneTimeFlags(`/x?${all}&page=3`)).toBe('/x?page=3');
	});

	it('leaves a path without a query as it is', () => {
		expect(withoutOneTimeFlags('/hours')).toBe('/hours');
		expect(withoutOneTimeFlags('/help/words#budget')).toBe('/help/words#budget');
	});
});
