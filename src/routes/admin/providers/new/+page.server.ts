import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { providerSchema } from '$lib/schemas/accounts';
import { requireRole } from '$lib/server/access';
import { createProvider } from '$lib/server/accounts/service';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireRole(locals.user, ['admin']);
};

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const admin = requireRole(locals.user, ['admin']);
		const input = await parseForm(request, providerSchema);
		if (!input.ok) return input.failure;
		const result = await createProvider(admin, input.data, { ip: getClientAddress() });
		if (!result.ok)
			return fail(409, { values: input.values, errors: { name: m.admin_error_provider_taken() } });
		redirect(303, '/admin?providerCreated');
	}
};
