import { requireRole } from '$lib/server/access';
import { listOwnBookings } from '$lib/server/bookings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	return {
		name: participant.displayName.split(' ')[0] ?? participant.displayName,
		bookings: await listOwnBookings(participant)
	};
};
