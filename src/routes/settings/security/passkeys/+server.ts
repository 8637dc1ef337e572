import { json } from '@sveltejs/kit';
import { roles } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages.js';
import { addPasskeySchema } from '$lib/schemas/passkeys';
import { requireRole } from '$lib/server/access';
import { addPasskey, relyingPartyOf } from '$lib/server/auth/passkeys';
import { jsonFailure, readJson } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/** The second step: the device's answer, checked against the stored challenge, and the name. */
export const POST: RequestHandler = async ({ locals, request, url, getClientAddress }) => {
	const actor = requireRole(locals.user, roles);
	const input = await readJson(request, addPasskeySchema);
	if (!input.ok) return input.response;
	const result = await addPasskey(actor, relyingPartyOf(url), input.data, {
		ip: getClientAddress()
	});
	if (!result.ok) return jsonFailure(400, { form: m.security_passkey_add_failed() });
	return json({ ok: true, location: '/settings/security?passkeyAdded=1#passkeys' });
};
