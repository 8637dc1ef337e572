import { describe, expect, it } from 'vitest';
import { roles, type Role } from '$lib/domain/roles';
import { requireRole, routeAccess, signInPath, type Actor } from './access';

const actor = (role: Role): Actor => ({
	id: role,
	username: role,
	displayName: role,
	role,
	providerId: null,
	locale: null
});

describe('routeAccess', () => {
	it('sends signed-out people to the login for every protected area', () => {
		expect(routeAccess('/(participant)/start', null)).toBe('sign-in');
		expect(routeAccess('/provider', null)).toBe('sign-in');
		expect(routeAccess('/admin', null)).toBe('sign-in');
	});

	it('lets everybody open public pages', () => {
		expect(routeAccess('/login', null)).toBe('allowed');
		expect(routeAccess('/help', null)).toBe('allowed');
		expect(routeAccess('/modules', null)).toBe('allowed');
		expect(routeAccess(null, null)).toBe('allowed');
	});

	it('keeps participant pages for participants', () => {
		expect(routeAccess('/(participant)/start', actor('participant'))).toBe('allowed');
		expect(routeAccess('/(participant)/hours', actor('trainer'))).toBe('forbidden');
		expect(routeAccess('/(participant)/hours', actor('admin'))).toBe('forbidden');
	});

	it('keeps /provider for trainers and leads', () => {
		expect(routeAccess('/provider', actor('trainer'))).toBe('allowed');
		expect(routeAccess('/provider/bookings', actor('lead'))).toBe('allowed');
		expect(routeAccess('/provider', actor('participant'))).toBe('forbidden');
		expect(routeAccess('/provider', actor('admin'))).toBe('forbidden');
	});

	it('keeps /admin for the administration', () => {
		expect(routeAccess('/admin', actor('admin'))).toBe('allowed');
		expect(routeAccess('/admin', actor('lead'))).toBe('forbidden');
		expect(routeAccess('/admin', actor('trainer'))).toBe('forbidden');
		expect(routeAccess('/admin', actor('participant'))).toBe('forbidden');
	});

	it('opens /settings/security to every role that signs in, and sends others to the login', () => {
		for (const role of roles)
			expect(routeAccess('/settings/security', actor(role))).toBe('allowed');
		expect(routeAccess('/settings/security', null)).toBe('sign-in');
		expect(routeAccess('/settings', null)).toBe('allowed');
	});

	it('does not mistake a route that only starts with the same letters', () => {
		expect(routeAccess('/providers-public', null)).toBe('allowed');
		expect(routeAccess('/administration-info', null)).toBe('allowed');
	});
});

describe('requireRole', () => {
	it('returns the actor with an allowed role', () => {
		expect(requireRole(actor('lead'), ['trainer', 'lead']).role).toBe('lead');
	});

	it('throws 403 for another role and 401 for nobody', () => {
		expect(() => requireRole(actor('participant'), ['admin'])).toThrow(
			expect.objectContaining({ status: 403 })
		);
		expect(() => requireRole(null, ['admin'])).toThrow(expect.objectContaining({ status: 401 }));
	});
});

describe('signInPath', () => {
	it('keeps where the person wanted to go', () => {
		expect(signInPath(new URL('http://x/goals?tab=2'))).toBe(
			'/login?redirectTo=%2Fgoals%3Ftab%3D2'
		);
	});
});
