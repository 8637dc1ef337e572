import { fail, redirect } from '@sveltejs/kit';
import { allowedStartDates } from '$lib/domain/bookings';
import { findModule } from '$lib/domain/catalogue';
import { berlinDate } from '$lib/domain/dates';

import { m } from '$lib/paraglide/messages.js';
import {
	confirmBookingSchema,
	confirmationMissing,
	declineBookingSchema
} from '$lib/schemas/bookings';
import { requireRole } from '$lib/server/access';
import { parseForm } from '$lib/server/forms';
import {
	confirmBooking,
	declineBooking,
	getRequestForLead,
	listOwnTrainers
} from '$lib/server/bookings/service';
import { confirmFailure } from '$lib/text/booking-refusals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const lead = requireRole(locals.user, ['lead']);
	const detail = await getRequestForLead(lead, params.id);
	if (detail.decided) return detail;
	return {
		...detail,
		module: { ...findModule(detail.booking.moduleCode)! },
		trainers: await listOwnTrainers(lead),
		startRange: allowedStartDates(berlinDate(new Date()))
	};
};

export const actions: Actions = {
	confirm: async ({ request, locals, params }) => {
		const lead = requireRole(locals.user, ['lead']);
		const input = await parseForm(request, confirmBookingSchema(), { action: 'confirm' });
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await confirmBooking(lead, params.id, input.data);
		if (!result.ok) {
			return fail(result.reason === 'changed_meanwhile' ? 409 : 400, {
				action: 'confirm',
				values,
				errors: confirmFailure(result)
			});
		}
		redirect(303, `/provider/bookings/${params.id}?confirmed=1`);
	},
	decline: async ({ request, locals, params }) => {
		const lead = requireRole(locals.user, ['lead']);
		const input = await parseForm(request, declineBookingSchema, { action: 'decline' });
		if (!input.ok) return input.failure;
		const { values } = input;
		const { version, reason, confirm } = input.data;
		const result = await declineBooking(lead, params.id, {
			version,
			reason,
			confirmed: confirm === 'yes'
		});
		if (!result.ok) {
			return result.reason === 'not_confirmed'
				? fail(400, {
						action: 'decline',
						values,
						errors: { confirm: confirmationMissing('decline') }
					})
				: fail(409, { action: 'decline', values, errors: { form: m.provider_error_changed() } });
		}
		redirect(303, '/provider/requests?declined=1');
	}
};
