import { fail, redirect } from '@sveltejs/kit';
import { talkCorrectionSchema } from '$lib/schemas/feedback';
import { requireRole } from '$lib/server/access';
import { correctTalk } from '$lib/server/feedback/service';
import { parseForm } from '$lib/server/forms';
import { talkCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import { talkCorrectionFailure } from '$lib/text/documentation-refusals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) =>
	talkCorrectionWorkspace(requireRole(locals.user, ['trainer', 'lead']), params.id, params.talkId);

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, talkCorrectionSchema);
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await correctTalk(staff, params.talkId, {
			...input.data,
			nextOn: input.data.nextOn || null,
			summary: input.data.summary || null
		});
		if (!result.ok)
			return fail(result.reason === 'changed_meanwhile' ? 409 : 400, {
				values,
				errors: talkCorrectionFailure(result)
			});
		redirect(303, `/provider/bookings/${params.id}?talkCorrected=1#talks-title`);
	}
};
