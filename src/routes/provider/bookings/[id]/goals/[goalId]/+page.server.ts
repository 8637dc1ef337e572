import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { agreedGoalCorrectionSchema } from '$lib/schemas/goals';
import { requireRole } from '$lib/server/access';
import { parseForm } from '$lib/server/forms';
import { correctAgreedGoalText } from '$lib/server/goals/service';
import { goalCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	goalCorrectionWorkspace(requireRole(locals.user, ['trainer', 'lead']), params.id, params.goalId);

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, agreedGoalCorrectionSchema);
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await correctAgreedGoalText(staff, params.goalId, input.data);
		if (!result.ok) return fail(409, { values, errors: { text: m.goals_error_changed() } });
		redirect(303, `/provider/bookings/${params.id}?goalCorrected=1#goals-title`);
	}
};
