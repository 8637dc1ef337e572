import { fail, redirect } from '@sveltejs/kit';

import { hourCancellationSchema, hourCorrectionSchema } from '$lib/schemas/hours';
import { requireRole } from '$lib/server/access';
import { hourFailure } from '$lib/text/hour-refusals';
import { cancelHours, correctHours } from '$lib/server/hours/service';
import { hourCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import { parseForm } from '$lib/server/forms';
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
	correct: async ({ request, locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, hourCorrectionSchema, { action: 'correct' });
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await correctHours(staff, params.entryId, {
			...input.data,
			note: input.data.note || null
		});
		if (!result.ok) return fail(400, { action: 'correct', values, errors: hourFailure(result) });
		redirect(303, `/provider/bookings/${params.id}/hours/${result.entryId}?corrected=1`);
	},
	cancel: async ({ request, locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, hourCancellationSchema, { action: 'cancel' });
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await cancelHours(staff, params.entryId, input.data);
		if (!result.ok) return fail(400, { action: 'cancel', values, errors: hourFailure(result) });
		redirect(303, `/provider/bookings/${params.id}?cancelled=1`);
	}
};
