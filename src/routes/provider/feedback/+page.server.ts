import { inboxFilterSchema } from '$lib/schemas/feedback';
import { requireRole } from '$lib/server/access';
import { feedbackInbox } from '$lib/server/feedback/service';
import { listOwnTeam } from '$lib/server/users/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	const filter = inboxFilterSchema.parse(Object.fromEntries(url.searchParams));
	return {
		isLead: staff.role === 'lead',
		filter: { state: filter.state ?? '', trainer: filter.trainer ?? '' },
		items: await feedbackInbox(staff, {
			state: filter.state ?? null,
			trainerId: filter.trainer || null
		}),
		trainers: await listOwnTeam(staff)
	};
};
