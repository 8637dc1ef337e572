import { plannedDatesCorrectionSchema, trainerCorrectionSchema } from '$lib/schemas/bookings';
import { requireRole } from '$lib/server/access';
import { correctPlannedDates, correctTrainer } from '$lib/server/bookings/service';
import { writeForm } from '$lib/server/forms';
import { bookingCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import { bookingCorrectionFailure } from '$lib/text/booking-refusals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	bookingCorrectionWorkspace(requireRole(locals.user, ['trainer', 'lead']), params.id);

export const actions: Actions = {
	dates: async ({ request, locals, params }) =>
		writeForm(request, plannedDatesCorrectionSchema, {
			action: 'dates',
			write: (data) =>
				correctPlannedDates(requireRole(locals.user, ['trainer', 'lead']), params.id, data),
			refused: bookingCorrectionFailure,
			doneAt: () => `/provider/bookings/${params.id}?bookingCorrected=1`
		}),
	trainer: async ({ request, locals, params }) =>
		writeForm(request, trainerCorrectionSchema, {
			action: 'trainer',
			write: (data) => correctTrainer(requireRole(locals.user, ['lead']), params.id, data),
			refused: bookingCorrectionFailure,
			doneAt: () => `/provider/bookings/${params.id}?bookingCorrected=1`
		})
};
