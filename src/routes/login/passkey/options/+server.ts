import { json } from '@sveltejs/kit';
import { passkeySignInOptions, relyingPartyOf } from '$lib/server/auth/passkeys';
import type { RequestHandler } from './$types';

/** A challenge for signing in with a passkey; nobody needs to be known for it. */
export const POST: RequestHandler = async (event) =>
	json(await passkeySignInOptions(relyingPartyOf(event.url), event.getClientAddress()));
