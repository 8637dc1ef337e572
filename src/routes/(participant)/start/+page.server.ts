import { requireRole } from '$lib/server/access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	return { name: participant.displayName.split(' ')[0] ?? participant.displayName };
};
