import { requireRole } from '$lib/server/access';
import { reportOverview } from '$lib/server/documents/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	return { entries: await reportOverview(staff) };
};
