import { requireRole } from '$lib/server/access';
import { getOwnBooking, markOwnBookingsSeen } from '$lib/server/bookings/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const participant = requireRole(locals.user, ['participant']);
	const { booking, history } = await getOwnBooking(participant, params.id);
	await markOwnBookingsSeen(participant, booking.id);
	return {
		booking,
		history,
		sent: url.searchParams.has('sent'),
		withdrawn: url.searchParams.has('withdrawn')
	};
};
