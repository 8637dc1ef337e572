import { requireRole } from '$lib/server/access';
import { ownNotes } from '$lib/server/documents/notes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	return { notes: await ownNotes(participant) };
};
