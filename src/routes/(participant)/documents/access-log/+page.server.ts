import { requireRole } from '$lib/server/access';
import { ownAccessLog } from '$lib/server/documents/audit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	return { entries: await ownAccessLog(participant) };
};
