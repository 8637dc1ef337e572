import { parseListQuery } from '$lib/schemas/lists';
import { requireRole } from '$lib/server/access';
import { searchOwnParticipants } from '$lib/server/accounts/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const lead = requireRole(locals.user, ['lead']);
	const { q, page } = parseListQuery([], url.searchParams);
	return {
		result: await searchOwnParticipants(lead, q, page)
	};
};
