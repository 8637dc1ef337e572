import { requireRole } from '$lib/server/access';
import { listOpenRequests } from '$lib/server/bookings/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	requests: await listOpenRequests(requireRole(locals.user, ['lead'])),
	declined: url.searchParams.has('declined')
});
