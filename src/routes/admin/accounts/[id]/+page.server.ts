import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { staffUpdateSchema } from '$lib/schemas/accounts';
import { requireRole } from '$lib/server/access';
import { accountCareActions } from '$lib/server/accounts/care-actions';
import {
	getManagedAccount,
	listProviderOptions,
	updateStaffAccount
} from '$lib/server/accounts/service';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const admin = requireRole(locals.user, ['admin']);
	return {
		account: await getManagedAccount(admin, params.id),
		providers: await listProviderOptions(admin),
		created: url.searchParams.has('created')
	};
};

const care = accountCareActions('admin');

export const actions: Actions = {
	update: async ({ request, locals, params, getClientAddress }) => {
		const admin = requireRole(locals.user, ['admin']);
		const input = await parseForm(request, staffUpdateSchema, { form: 'update' });
		if (!input.ok) return input.failure;
		const result = await updateStaffAccount(admin, params.id, input.data, {
			ip: getClientAddress()
		});
		if (!result.ok)
			return fail(409, {
				form: 'update',
				values: input.values,
				errors: { providerId: m.account_error_provider() }
			});
		return { done: 'updated' as const };
	},
	close: care.close,
	reopen: care.reopen,
	unlock: care.unlock
};
