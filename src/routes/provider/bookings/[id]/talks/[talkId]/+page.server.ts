import { talkCorrectionSchema } from '$lib/schemas/feedback';
import { requireRole } from '$lib/server/access';
import { correctTalk } from '$lib/server/feedback/service';
import { writeForm } from '$lib/server/forms';
import { talkCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import { talkCorrectionFailure } from '$lib/text/documentation-refusals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	talkCorrectionWorkspace(requireRole(locals.user, ['trainer', 'lead']), params.id, params.talkId);

export const actions: Actions = {
	default: async ({ request, locals, params }) =>
		writeForm(request, talkCorrectionSchema, {
			write: (data) =>
				correctTalk(requireRole(locals.user, ['trainer', 'lead']), params.talkId, {
					...data,
					nextOn: data.nextOn || null,
					summary: data.summary || null
				}),
			refused: talkCorrectionFailure,
			doneAt: () => `/provider/bookings/${params.id}?talkCorrected=1#talks-title`
		})
};
