import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { signOut } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it only happens through the POST form in the header.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		const { locals } = event;
		if (locals.session && locals.user)
			await signOut(locals.user, locals.session.id, { ip: event.getClientAddress() });
		deleteSessionCookie(event);
		redirect(303, '/login?signedOut=1');
	}
};
