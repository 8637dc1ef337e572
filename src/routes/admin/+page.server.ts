import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { endSessionsSchema } from '$lib/schemas/admin';
import { openAccountSchema } from '$lib/schemas/accounts';
import { parseListQuery } from '$lib/schemas/lists';
import { requireRole } from '$lib/server/access';
import { findAccountByUsername, searchAllAccounts } from '$lib/server/accounts/service';
import { endAllSessionsOf } from '$lib/server/auth/session';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireRole(locals.user, ['admin']);
	const { q, page } = parseListQuery([], url.searchParams);
	const result = await searchAllAccounts(admin, q, page);
	const endedId = url.searchParams.get('sessionsEnded');
	const endedFor = endedId ? result.rows.find((account) => account.id === endedId) : undefined;
	const count = Number(url.searchParams.get('count'));
	return {
		result,
		sessionsEnded: endedFor
			? { name: endedFor.displayName, count: Number.isInteger(count) && count >= 0 ? count : 0 }
			: null,
		providerCreated: url.searchParams.has('providerCreated')
	};
};

export const actions: Actions = {
	endSessions: async ({ request, locals, getClientAddress }) => {
		const fields = Object.fromEntries(await request.formData());
		const input = endSessionsSchema.safeParse(fields);
		if (!input.success) error(400, 'Bad request');
		const ended = await endAllSessionsOf(requireRole(locals.user, ['admin']), input.data.userId, {
			ip: getClientAddress()
		});
		if (!ended) error(404, 'Not found');
		// Back to the same search and page, where the account's row and the confirmation show.
		// An administration that ended its own sessions is signed out now: the login follows.
		const list = parseListQuery(
			[],
			new URLSearchParams({ q: String(fields.q ?? ''), page: String(fields.page ?? '1') })
		);
		const back = new URLSearchParams({ sessionsEnded: input.data.userId, count: `${ended.count}` });
		if (list.q) back.set('q', list.q);
		if (list.page > 1) back.set('page', `${list.page}`);
		redirect(303, `/admin?${back}`);
	},
	/** Opens an account by its exact user name; an unknown one is said plainly. */
	open: async ({ request, locals }) => {
		const admin = requireRole(locals.user, ['admin']);
		const input = await parseForm(request, openAccountSchema, { form: 'open' });
		if (!input.ok) return input.failure;
		const id = await findAccountByUsername(admin, input.data.username);
		if (!id)
			return fail(404, {
				form: 'open',
				values: input.values,
				errors: { username: m.account_error_username_unknown({ username: input.data.username }) }
			});
		redirect(303, `/admin/accounts/${id}`);
	}
};
