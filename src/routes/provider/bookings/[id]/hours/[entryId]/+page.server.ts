import { hourCancellationSchema, hourCorrectionSchema } from '$lib/schemas/hours';
import { requireRole } from '$lib/server/access';
import { hourFailure } from '$lib/text/hour-refusals';
import { cancelHours, correctHours } from '$lib/server/hours/service';
import { hourCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import { writeForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	...(await hourCorrectionWorkspace(
		requireRole(locals.user, ['trainer', 'lead']),
		params.id,
		params.entryId
	)),
	requestKey: crypto.randomUUID(),
	cancelKey: crypto.randomUUID()
});

export const actions: Actions = {
	correct: async ({ request, locals, params }) =>
		writeForm(request, hourCorrectionSchema, {
			action: 'correct',
			write: (data) =>
				correctHours(requireRole(locals.user, ['trainer', 'lead']), params.entryId, {
					...data,
					note: data.note || null
				}),
			refused: hourFailure,
			status: () => 400,
			doneAt: (result) => `/provider/bookings/${params.id}/hours/${result.entryId}?corrected=1`
		}),
	cancel: async ({ request, locals, params }) =>
		writeForm(request, hourCancellationSchema, {
			action: 'cancel',
			write: (data) =>
				cancelHours(requireRole(locals.user, ['trainer', 'lead']), params.entryId, data),
			refused: hourFailure,
			status: () => 400,
			doneAt: () => `/provider/bookings/${params.id}?cancelled=1`
		})
};
