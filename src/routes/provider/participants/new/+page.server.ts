import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { participantAccountSchema, suggestSchema } from '$lib/schemas/accounts';
import { requireRole } from '$lib/server/access';
import { createParticipantAccount, suggestFreeUsername } from '$lib/server/accounts/service';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireRole(locals.user, ['lead']);
	return { locale: getLocale() };
};

export const actions: Actions = {
	/** "Suggest a user name" without JavaScript: the form comes back with everything kept. */
	suggest: async ({ request, locals }) => {
		requireRole(locals.user, ['lead']);
		const input = await parseForm(request, suggestSchema);
		if (!input.ok) return input.failure;
		const username = await suggestFreeUsername(input.data.displayName);
		return { values: { ...input.values, username }, errors: {}, suggested: true };
	},
	create: async ({ request, locals, getClientAddress }) => {
		const lead = requireRole(locals.user, ['lead']);
		const input = await parseForm(request, participantAccountSchema);
		if (!input.ok) return input.failure;
		const result = await createParticipantAccount(lead, input.data, { ip: getClientAddress() });
		if (!result.ok) {
			const free = await suggestFreeUsername(input.data.username);
			return fail(409, {
				values: input.values,
				errors: { username: m.account_error_username_taken({ free }) }
			});
		}
		redirect(303, `/provider/participants/${result.id}?created`);
	}
};
