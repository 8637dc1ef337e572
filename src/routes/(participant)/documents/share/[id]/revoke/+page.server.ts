import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/access';
import { clockNow } from '$lib/server/clock';
import { ownShareLink, revokeOwnShareLink } from '$lib/server/documents/sharing';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const participant = requireRole(locals.user, ['participant']);
	return { link: await ownShareLink(participant, params.id, clockNow()) };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		const participant = requireRole(locals.user, ['participant']);
		await revokeOwnShareLink(participant, params.id, clockNow());
		redirect(303, '/documents/share?revoked=1');
	}
};
