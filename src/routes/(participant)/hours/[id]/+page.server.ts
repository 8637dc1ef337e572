import { monthsPerPage } from '$lib/domain/hours';
import { requireRole } from '$lib/server/access';
import { ownHoursMonths } from '$lib/server/hours/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const participant = requireRole(locals.user, ['participant']);
	// A `before` that is no month falls back to the newest months (monthsPage), never an error.
	const { booking, months } = await ownHoursMonths(
		participant,
		params.id,
		url.searchParams.get('before')
	);
	return { bookingId: booking.id, moduleCode: booking.moduleCode, ...months, monthsPerPage };
};
