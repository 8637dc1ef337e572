import { json } from '@sveltejs/kit';
import { roles } from '$lib/domain/roles';
import { requireRole } from '$lib/server/access';
import { passkeyRegistrationOptions, relyingPartyOf } from '$lib/server/auth/passkeys';
import type { RequestHandler } from './$types';

/** The first step of adding a passkey: a fresh challenge for this person. */
export const POST: RequestHandler = async ({ locals, url }) => {
	const actor = requireRole(locals.user, roles);
	return json(await passkeyRegistrationOptions(actor, relyingPartyOf(url)));
};
