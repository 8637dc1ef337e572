import { requireRole } from '$lib/server/access';
import { letterResponse } from '$lib/server/accounts/letter-response';
import type { RequestHandler } from './$types';

/** A form post, not a link: making a letter ends the earlier one and the person's sessions. */
export const POST: RequestHandler = async ({ locals, params, url, getClientAddress }) =>
	letterResponse(requireRole(locals.user, ['admin']), params.id, url.origin, getClientAddress());
