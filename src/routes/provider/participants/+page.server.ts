import { pageNumber } from '$lib/domain/accounts';
import { requireRole } from '$lib/server/access';
import { searchOwnParticipants } from '$lib/server/accounts/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const lead = requireRole(locals.user, ['lead']);
	const query = (url.searchParams.get('q') ?? '').slice(0, 100);
	return {
		result: await searchOwnParticipants(lead, query, pageNumber(url.searchParams.get('page')))
	};
};
