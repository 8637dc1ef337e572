import { requireRole } from '$lib/server/access';
import { satisfactionForProvider } from '$lib/server/feedback/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	months: await satisfactionForProvider(requireRole(locals.user, ['lead']))
});
