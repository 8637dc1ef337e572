import { reportListOrder } from '$lib/domain/documents';
import { parseListQuery } from '$lib/schemas/lists';
import { requireRole } from '$lib/server/access';
import { reportOverview } from '$lib/server/documents/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	const query = parseListQuery(reportListOrder, url.searchParams);
	return {
		query: { q: query.q, state: query.state ?? '' },
		list: await reportOverview(staff, {
			q: query.q,
			state: query.state ?? null,
			page: query.page
		})
	};
};
