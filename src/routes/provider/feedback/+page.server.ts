import { feedbackStates } from '$lib/domain/feedback';
import { parseListQuery } from '$lib/schemas/lists';
import { requireRole } from '$lib/server/access';
import { feedbackInbox } from '$lib/server/feedback/service';
import { listOwnTeam } from '$lib/server/users/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	const query = parseListQuery(feedbackStates, url.searchParams);
	return {
		isLead: staff.role === 'lead',
		query: { q: query.q, state: query.state ?? '', trainer: query.trainer ?? '' },
		list: await feedbackInbox(staff, {
			q: query.q,
			state: query.state ?? null,
			trainerId: query.trainer || null,
			page: query.page
		}),
		trainers: await listOwnTeam(staff)
	};
};
