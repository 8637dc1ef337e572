import { fail, redirect } from '@sveltejs/kit';

import { m } from '$lib/paraglide/messages.js';
import { noteCorrectionSchema } from '$lib/schemas/documents';
import { requireRole } from '$lib/server/access';
import { correctNote } from '$lib/server/documents/notes';
import { noteCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	...(await noteCorrectionWorkspace(
		requireRole(locals.user, ['trainer', 'lead']),
		params.id,
		params.noteId
	)),
	requestKey: crypto.randomUUID()
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, noteCorrectionSchema);
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await correctNote(staff, params.noteId, input.data);
		if (!result.ok) return fail(409, { values, errors: { text: m.notes_error_changed() } });
		redirect(303, `/provider/bookings/${params.id}?noteCorrected=1#notes-title`);
	}
};
