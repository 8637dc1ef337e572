import { error, redirect } from '@sveltejs/kit';
import { roles } from '$lib/domain/roles';
import { sessionLimitsFor } from '$lib/domain/sessions';
import { enforceRouteAccess, requireRole } from '$lib/server/access';
import { endOtherSessions, listOwnSessions } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

/** The signed-in person and the session this request came with. */
function signedIn(locals: App.Locals) {
	const actor = requireRole(locals.user, roles);
	if (!locals.session) error(401, 'Unauthorized');
	return { actor, sessionId: locals.session.id };
}

export const load: PageServerLoad = async ({ locals, route, url }) => {
	enforceRouteAccess(route.id, locals.user, url);
	const { actor, sessionId } = signedIn(locals);
	const { sessions, total } = await listOwnSessions(actor, sessionId);
	return {
		sessions,
		total,
		limits: sessionLimitsFor(actor.role),
		endedOthers: url.searchParams.has('endedOthers')
	};
};

// Issue 15 adds the password and passkey forms to this page, each as an action of its own.
export const actions: Actions = {
	endOthers: async ({ locals, getClientAddress }) => {
		const { actor, sessionId } = signedIn(locals);
		await endOtherSessions(actor, sessionId, { ip: getClientAddress() });
		redirect(303, '/settings/security?endedOthers=1');
	}
};
