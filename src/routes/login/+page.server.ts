import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectPath } from '$lib/domain/safe-redirect';
import { homePathFor } from '$lib/domain/roles';

import { m } from '$lib/paraglide/messages.js';
import { loginSchema } from '$lib/schemas/login';
import { readDeviceTokens, setDeviceCookie, startSession } from '$lib/server/auth/cookies';
import { signIn } from '$lib/server/auth/sign-in';
import { parseForm } from '$lib/server/forms';
import { waitMessage } from '$lib/text/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) {
		redirect(
			303,
			safeRedirectPath(url.searchParams.get('redirectTo'), url.origin) ??
				homePathFor(locals.user.role)
		);
	}
	return { signedOut: url.searchParams.has('signedOut') };
};

export const actions: Actions = {
	default: async (event) => {
		const { request, url, locals } = event;
		const input = await parseForm(request, loginSchema);
		if (!input.ok) return input.failure;
		const { values } = input;

		const ip = event.getClientAddress();
		const result = await signIn({ ...input.data, ip, deviceTokens: readDeviceTokens(event) });
		if (!result.ok) {
			const message =
				result.reason === 'too-many-attempts' ? waitMessage(result.waitMs) : m.login_error_wrong();
			return fail(result.reason === 'too-many-attempts' ? 429 : 400, {
				values,
				errors: { form: message }
			});
		}

		setDeviceCookie(event, result.deviceTokens);
		await startSession(
			event,
			{ id: result.userId, role: result.role },
			locals.session?.id ?? null,
			{
				ip,
				userAgent: request.headers.get('user-agent')
			}
		);
		redirect(
			303,
			safeRedirectPath(url.searchParams.get('redirectTo'), url.origin) ?? homePathFor(result.role)
		);
	}
};
