import { m } from '$lib/paraglide/messages.js';
import { noteCorrectionSchema } from '$lib/schemas/documents';
import { requireRole } from '$lib/server/access';
import { correctNote } from '$lib/server/documents/notes';
import { noteCorrectionWorkspace } from '$lib/server/workspaces/staff-booking';
import { writeForm } from '$lib/server/forms';
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
	default: async ({ request, locals, params }) =>
		writeForm(request, noteCorrectionSchema, {
			write: (data) =>
				correctNote(requireRole(locals.user, ['trainer', 'lead']), params.noteId, data),
			refused: () => ({ text: m.notes_error_changed() }),
			status: () => 409,
			doneAt: () => `/provider/bookings/${params.id}?noteCorrected=1#notes-title`
		})
};
