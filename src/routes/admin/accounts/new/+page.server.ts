import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { staffAccountSchema } from '$lib/schemas/accounts';
import { requireRole } from '$lib/server/access';
import {
	createStaffAccount,
	listProviderOptions,
	suggestFreeUsername
} from '$lib/server/accounts/service';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	providers: await listProviderOptions(requireRole(locals.user, ['admin']))
});

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const admin = requireRole(locals.user, ['admin']);
		const input = await parseForm(request, staffAccountSchema);
		if (!input.ok) return input.failure;
		const result = await createStaffAccount(admin, input.data, { ip: getClientAddress() });
		if (!result.ok) {
			const errors: Record<string, string> =
				result.reason === 'username-taken'
					? {
							username: m.account_error_username_taken({
								free: await suggestFreeUsername(input.data.username)
							})
						}
					: { providerId: m.account_error_provider() };
			return fail(409, { values: input.values, errors });
		}
		redirect(303, `/admin/accounts/${result.id}?created`);
	}
};
