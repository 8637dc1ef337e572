import { describe, expect, it } from 'vitest';
import { currentItem, navigationFor } from '$lib/components/navigation';

describe('navigation', () => {
	it('gives participants the six entries of the issue, in order', () => {
		expect(navigationFor('participant').map((item) => item.href)).toEqual([
			'/start',
			'/modules',
			'/goals',
			'/hours',
			'/feedback',
			'/documents'
		]);
	});

	it('marks the entry that matches longest', () => {
		const lead = navigationFor('lead');
		expect(currentItem(lead, '/provider/bookings/abc')?.href).toBe('/provider/bookings');
		expect(currentItem(lead, '/provider')?.href).toBe('/provider');
		expect(currentItem(navigationFor('participant'), '/my-modules/x')?.href).toBe('/modules');
		expect(currentItem(navigationFor('participant'), '/help')).toBeUndefined();
	});

	it('gives requests only to leads', () => {
		expect(navigationFor('lead').map((item) => item.href)).toContain('/provider/requests');
		expect(navigationFor('trainer').map((item) => item.href)).not.toContain('/provider/requests');
	});
});
