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
import { writeForm } from '$lib/server/forms';
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
	confirm: async ({ request, locals, params }) =>
		writeForm(request, confirmBookingSchema(), {
			action: 'confirm',
			write: (data) => confirmBooking(requireRole(locals.user, ['lead']), params.id, data),
			refused: confirmFailure,
			doneAt: () => `/provider/bookings/${params.id}?confirmed=1`
		}),
	decline: async ({ request, locals, params }) =>
		writeForm(request, declineBookingSchema, {
			action: 'decline',
			write: ({ version, reason, confirm }) =>
				declineBooking(requireRole(locals.user, ['lead']), params.id, {
					version,
					reason,
					confirmed: confirm === 'yes'
				}),
			refused: (result): Record<string, string> =>
				result.reason === 'not_confirmed'
					? { confirm: confirmationMissing('decline') }
					: { form: m.provider_error_changed() },
			status: (result) => (result.reason === 'not_confirmed' ? 400 : 409),
			doneAt: () => '/provider/requests?declined=1'
		})
};
