import { requireRole } from '$lib/server/access';
import { countOpenRequests, countStaffBookings } from '$lib/server/bookings/service';
import { providerName } from '$lib/server/users/providers';
import { listOwnTeam } from '$lib/server/users/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	return {
		isLead: staff.role === 'lead',
		providerName: staff.providerId ? await providerName(staff.providerId) : null,
		team: await listOwnTeam(staff),
		openRequests: staff.role === 'lead' ? await countOpenRequests(staff) : 0,
		bookings: await countStaffBookings(staff)
	};
};
