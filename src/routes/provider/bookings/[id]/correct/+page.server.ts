import { fail, redirect } from '@sveltejs/kit';
import { plannedDatesCorrectionSchema, trainerCorrectionSchema } from '$lib/schemas/bookings';
import { requireRole } from '$lib/server/access';
import { correctPlannedDates, correctTrainer } from '$lib/server/bookings/service';
import { parseForm } from '$lib/server/forms';
import { bookingCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import { bookingCorrectionFailure } from '$lib/text/booking-refusals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	bookingCorrectionWorkspace(requireRole(locals.user, ['trainer', 'lead']), params.id);

export const actions: Actions = {
	dates: async ({ request, locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, plannedDatesCorrectionSchema, { action: 'dates' });
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await correctPlannedDates(staff, params.id, input.data);
		if (!result.ok)
			return fail(result.reason === 'changed_meanwhile' ? 409 : 400, {
				action: 'dates',
				values,
				errors: bookingCorrectionFailure(result)
			});
		redirect(303, `/provider/bookings/${params.id}?bookingCorrected=1`);
	},
	trainer: async ({ request, locals, params }) => {
		const lead = requireRole(locals.user, ['lead']);
		const input = await parseForm(request, trainerCorrectionSchema, { action: 'trainer' });
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await correctTrainer(lead, params.id, input.data);
		if (!result.ok)
			return fail(result.reason === 'changed_meanwhile' ? 409 : 400, {
				action: 'trainer',
				values,
				errors: bookingCorrectionFailure(result)
			});
		redirect(303, `/provider/bookings/${params.id}?bookingCorrected=1`);
	}
};
