import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/access';
import { withdrawFailure } from '$lib/text/booking-refusals';
import { getOwnBooking, withdrawRequest } from '$lib/server/bookings/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const participant = requireRole(locals.user, ['participant']);
	const { booking } = await getOwnBooking(participant, params.id);
	return { booking };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		const participant = requireRole(locals.user, ['participant']);
		const result = await withdrawRequest(participant, params.id);
		if (!result.ok) return fail(409, { error: withdrawFailure(result) });
		redirect(303, `/my-modules/${params.id}?withdrawn=1`);
	}
};
