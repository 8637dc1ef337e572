import { fail, redirect } from '@sveltejs/kit';
import { upcomingMonths } from '$lib/domain/dates';

import { moduleRequestSchema, moduleRequestFrom, wishableMonths } from '$lib/schemas/bookings';
import { requireRole } from '$lib/server/access';
import { requestFailure } from '$lib/text/booking-refusals';
import { modulesLeftToRequest, requestModules } from '$lib/server/bookings/service';
import { listProvidersWithPlaces } from '$lib/server/users/providers';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	return {
		moduleCodes: await modulesLeftToRequest(participant),
		months: upcomingMonths(new Date(), wishableMonths),
		providers: (await listProvidersWithPlaces()).map(({ id, name }) => ({ id, name })),
		requestKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const participant = requireRole(locals.user, ['participant']);
		const input = await parseForm(request, moduleRequestSchema());
		if (!input.ok) return input.failure;
		const { values } = input;

		const result = await requestModules(
			participant,
			moduleRequestFrom(input.data, await modulesLeftToRequest(participant))
		);
		if (!result.ok) return fail(400, { values, errors: requestFailure(result) });
		redirect(303, '/my-modules?sent=all');
	}
};
