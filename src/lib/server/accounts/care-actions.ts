import type { RequestEvent } from '@sveltejs/kit';
import { closeSchema } from '$lib/schemas/accounts';
import { requireRole } from '$lib/server/access';
import { parseForm } from '$lib/server/forms';
import { closeAccount, reopenAccount, unlockAccount } from './service';

type AccountEvent = RequestEvent<{ id: string }>;

/**
 * The form actions behind AccountCare (close, reopen, unlock), the same on the administration's
 * staff page and the lead's participant page; `role` is who may use them there, and the service
 * checks again that the actor looks after this account.
 */
export function accountCareActions(role: 'admin' | 'lead') {
	return {
		close: async ({ request, locals, params, getClientAddress }: AccountEvent) => {
			const actor = requireRole(locals.user, [role]);
			const input = await parseForm(request, closeSchema, { form: 'close' });
			if (!input.ok) return input.failure;
			await closeAccount(actor, params.id, { ip: getClientAddress() });
			return { done: 'closed' as const };
		},
		reopen: async ({ locals, params, getClientAddress }: AccountEvent) => {
			await reopenAccount(requireRole(locals.user, [role]), params.id, { ip: getClientAddress() });
			return { done: 'reopened' as const };
		},
		unlock: async ({ locals, params, getClientAddress }: AccountEvent) => {
			await unlockAccount(requireRole(locals.user, [role]), params.id, { ip: getClientAddress() });
			return { done: 'unlocked' as const };
		}
	};
}
