import { parseListQuery } from '$lib/schemas/lists';
import { requireRole } from '$lib/server/access';
import { openRequestPage } from '$lib/server/bookings/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const lead = requireRole(locals.user, ['lead']);
	const query = parseListQuery([], url.searchParams);
	return {
		query: { q: query.q },
		list: await openRequestPage(lead, { q: query.q, page: query.page }),
		declined: url.searchParams.has('declined')
	};
};
