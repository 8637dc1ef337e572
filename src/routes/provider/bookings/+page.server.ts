import { requireRole } from '$lib/server/access';
import { listStaffBookings } from '$lib/server/bookings/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	return { isLead: staff.role === 'lead', bookings: await listStaffBookings(staff) };
};
