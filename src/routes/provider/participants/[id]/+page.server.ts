import { requireRole } from '$lib/server/access';
import { accountCareActions } from '$lib/server/accounts/care-actions';
import { getManagedAccount } from '$lib/server/accounts/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const lead = requireRole(locals.user, ['lead']);
	return {
		account: await getManagedAccount(lead, params.id),
		created: url.searchParams.has('created')
	};
};

const care = accountCareActions('lead');

export const actions: Actions = {
	close: care.close,
	reopen: care.reopen,
	unlock: care.unlock
};
