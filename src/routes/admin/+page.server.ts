import { requireRole } from '$lib/server/access';
import { listAllUsers } from '$lib/server/users';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	users: await listAllUsers(requireRole(locals.user, ['admin']))
});
