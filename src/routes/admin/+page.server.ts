import { error, redirect } from '@sveltejs/kit';
import { endSessionsSchema } from '$lib/schemas/admin';
import { requireRole } from '$lib/server/access';
import { endAllSessionsOf } from '$lib/server/auth/session';
import { listAllUsers } from '$lib/server/users/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const users = await listAllUsers(requireRole(locals.user, ['admin']));
	const endedFor = users.find((account) => account.id === url.searchParams.get('sessionsEnded'));
	const count = Number(url.searchParams.get('count'));
	return {
		users,
		sessionsEnded: endedFor
			? { name: endedFor.displayName, count: Number.isInteger(count) && count >= 0 ? count : 0 }
			: null
	};
};

export const actions: Actions = {
	endSessions: async ({ request, locals, getClientAddress }) => {
		const input = endSessionsSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!input.success) error(400, 'Bad request');
		const ended = await endAllSessionsOf(requireRole(locals.user, ['admin']), input.data.userId, {
			ip: getClientAddress()
		});
		if (!ended) error(404, 'Not found');
		// An administration that ended its own sessions is signed out now: the login follows.
		redirect(
			303,
			`/admin?sessionsEnded=${encodeURIComponent(input.data.userId)}&count=${ended.count}`
		);
	}
};
