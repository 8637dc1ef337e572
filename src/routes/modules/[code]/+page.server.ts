import { error, fail, redirect } from '@sveltejs/kit';
import { findModule } from '$lib/domain/catalogue';

import { moduleRequestFrom, moduleRequestSchema, wishableMonths } from '$lib/schemas/bookings';
import { requireRole, signInPath } from '$lib/server/access';
import { listOwnBookings, ownRequestRefusal, requestModules } from '$lib/server/bookings/service';
import { listProvidersWithPlaces } from '$lib/server/users/providers';
import { parseForm } from '$lib/server/forms';
import { upcomingMonths } from '$lib/domain/dates';
import { isOpen } from '$lib/domain/bookings';
import { requestFailure } from '$lib/text/booking-refusals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const module = findModule(params.code);
	if (!module) error(404, 'Not Found');
	const participant = locals.user?.role === 'participant' ? locals.user : null;
	return {
		module: { ...module },
		signedIn: locals.user !== null,
		request: participant
			? {
					refusal: module.bookable ? await ownRequestRefusal(participant, module.code) : null,
					openBooking:
						(await listOwnBookings(participant)).find(
							(booking) => booking.moduleCode === module.code && isOpen(booking.state)
						) ?? null,
					months: upcomingMonths(new Date(), wishableMonths),
					providers: (await listProvidersWithPlaces()).map(({ id, name }) => ({ id, name })),
					requestKey: crypto.randomUUID()
				}
			: null
	};
};

export const actions: Actions = {
	request: async ({ request, locals, params, url }) => {
		if (!locals.user) redirect(303, signInPath(url));
		const participant = requireRole(locals.user, ['participant']);
		const input = await parseForm(request, moduleRequestSchema());
		if (!input.ok) return input.failure;
		const { values } = input;

		const result = await requestModules(participant, moduleRequestFrom(input.data, [params.code]));
		if (!result.ok) return fail(400, { values, errors: requestFailure(result) });
		redirect(303, `/my-modules/${result.bookingIds[0]}?sent=1`);
	}
};
