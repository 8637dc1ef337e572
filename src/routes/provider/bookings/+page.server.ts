import { staffListOrder } from '$lib/domain/bookings';
import { parseListQuery } from '$lib/schemas/lists';
import { requireRole } from '$lib/server/access';
import { listOwnTrainers, staffBookingPage } from '$lib/server/bookings/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	const isLead = staff.role === 'lead';
	const query = parseListQuery(staffListOrder, url.searchParams);
	const trainer = isLead ? (query.trainer ?? '') : '';
	return {
		isLead,
		query: { q: query.q, state: query.state ?? '', trainer },
		list: await staffBookingPage(staff, {
			q: query.q,
			state: query.state ?? null,
			trainerId: trainer || null,
			page: query.page
		}),
		// A trainer sees only their own bookings, so only leads get the trainer filter.
		trainers: isLead ? await listOwnTrainers(staff) : []
	};
};
