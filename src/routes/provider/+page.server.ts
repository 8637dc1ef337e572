import { requireRole } from '$lib/server/access';
import { providerName } from '$lib/server/providers';
import { listOwnTeam } from '$lib/server/users';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	return {
		providerName: staff.providerId ? await providerName(staff.providerId) : null,
		team: await listOwnTeam(staff)
	};
};
