import { json } from '@sveltejs/kit';
import { homePathFor } from '$lib/domain/roles';
import { safeRedirectPath } from '$lib/domain/safe-redirect';
import { m } from '$lib/paraglide/messages.js';
import { passkeySignInSchema } from '$lib/schemas/passkeys';
import { readDeviceTokens, setDeviceCookie, startSession } from '$lib/server/auth/cookies';
import { relyingPartyOf, signInWithPasskey } from '$lib/server/auth/passkeys';
import { jsonFailure, readJson } from '$lib/server/http/json';
import { waitMessage } from '$lib/text/sign-in';
import type { RequestHandler } from './$types';

/**
 * Signs in with the device's answer, the same way the login form does: a new session (the one
 * the browser came with ends), the device cookie, and where to go next.
 */
export const POST: RequestHandler = async (event) => {
	const { request, url, locals } = event;
	const input = await readJson(request, passkeySignInSchema);
	if (!input.ok) return input.response;
	const ip = event.getClientAddress();
	const result = await signInWithPasskey(relyingPartyOf(url), input.data.response, {
		ip,
		deviceTokens: readDeviceTokens(event)
	});
	if (!result.ok) {
		return result.reason === 'too-many-attempts'
			? jsonFailure(429, { form: waitMessage(result.waitMs) })
			: jsonFailure(400, { form: m.login_passkey_failed() });
	}
	setDeviceCookie(event, result.deviceTokens);
	await startSession(event, { id: result.userId, role: result.role }, locals.session?.id ?? null, {
		ip,
		userAgent: request.headers.get('user-agent')
	});
	const location =
		safeRedirectPath(url.searchParams.get('redirectTo'), url.origin) ?? homePathFor(result.role);
	return json({ ok: true, location });
};
