import { m } from '$lib/paraglide/messages.js';
import { agreedGoalCorrectionSchema } from '$lib/schemas/goals';
import { requireRole } from '$lib/server/access';
import { writeForm } from '$lib/server/forms';
import { correctAgreedGoalText } from '$lib/server/goals/service';
import { goalCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	goalCorrectionWorkspace(requireRole(locals.user, ['trainer', 'lead']), params.id, params.goalId);

export const actions: Actions = {
	default: async ({ request, locals, params }) =>
		writeForm(request, agreedGoalCorrectionSchema, {
			write: (data) =>
				correctAgreedGoalText(requireRole(locals.user, ['trainer', 'lead']), params.goalId, data),
			refused: () => ({ text: m.goals_error_changed() }),
			status: () => 409,
			doneAt: () => `/provider/bookings/${params.id}?goalCorrected=1#goals-title`
		})
};
