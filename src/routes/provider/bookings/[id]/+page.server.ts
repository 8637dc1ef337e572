import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { advanceBookingSchema } from '$lib/schemas/booking';
import { requireRole } from '$lib/server/access';
import { advanceBooking, getBookingForStaff } from '$lib/server/bookings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...(await getBookingForStaff(requireRole(locals.user, ['trainer', 'lead']), params.id)),
	confirmed: url.searchParams.has('confirmed')
});

export const actions: Actions = {
	advance: async ({ request, locals, params }) => {
		const lead = requireRole(locals.user, ['lead']);
		const input = advanceBookingSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!input.success) return fail(400, { error: m.provider_error_changed() });
		const result = await advanceBooking(lead, params.id, input.data);
		if (!result.ok) return fail(409, { error: m.provider_error_changed() });
		return { done: input.data.step };
	}
};
