import { requireRole } from '$lib/server/access';
import { listOwnBookings, markOwnBookingsSeen } from '$lib/server/bookings/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const participant = requireRole(locals.user, ['participant']);
	const bookings = await listOwnBookings(participant);
	// Shown once as "Neu" on this page, then seen.
	await markOwnBookingsSeen(participant);
	const sentAll = url.searchParams.get('sent') === 'all';
	return {
		bookings,
		sentAll,
		newestRequestAt: sentAll ? (bookings[0]?.createdAt ?? null) : null
	};
};
