import { describe, expect, it } from 'vitest';
import { homePathFor, isStaffRole } from './roles';

describe('homePathFor', () => {
	it('sends each role to its home', () => {
		expect(homePathFor('participant')).toBe('/start');
		expect(homePathFor('trainer')).toBe('/provider');
		expect(homePathFor('lead')).toBe('/provider');
		expect(homePathFor('admin')).toBe('/admin');
		expect(homePathFor('trusted_person')).toBe('/help');
	});

	it('counts trainers and leads as staff, nobody else', () => {
		expect(isStaffRole('trainer')).toBe(true);
		expect(isStaffRole('lead')).toBe(true);
		expect(isStaffRole('participant')).toBe(false);
		expect(isStaffRole('admin')).toBe(false);
	});
});
