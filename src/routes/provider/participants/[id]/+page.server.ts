import { closeSchema } from '$lib/schemas/accounts';
import { requireRole } from '$lib/server/access';
import {
	closeAccount,
	getManagedAccount,
	reopenAccount,
	unlockAccount
} from '$lib/server/accounts/service';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const lead = requireRole(locals.user, ['lead']);
	return {
		account: await getManagedAccount(lead, params.id),
		created: url.searchParams.has('created')
	};
};

export const actions: Actions = {
	close: async ({ request, locals, params, getClientAddress }) => {
		const lead = requireRole(locals.user, ['lead']);
		const input = await parseForm(request, closeSchema, { form: 'close' });
		if (!input.ok) return input.failure;
		await closeAccount(lead, params.id, { ip: getClientAddress() });
		return { done: 'closed' as const };
	},
	reopen: async ({ locals, params, getClientAddress }) => {
		await reopenAccount(requireRole(locals.user, ['lead']), params.id, { ip: getClientAddress() });
		return { done: 'reopened' as const };
	},
	unlock: async ({ locals, params, getClientAddress }) => {
		await unlockAccount(requireRole(locals.user, ['lead']), params.id, { ip: getClientAddress() });
		return { done: 'unlocked' as const };
	}
};
