import { error, fail, redirect } from '@sveltejs/kit';
import { passwordLength, passwordMinLength } from '$lib/domain/passwords';
import { passkeyNameMaxLength } from '$lib/domain/passkeys';
import { roles } from '$lib/domain/roles';
import { deviceNameOf, isFreshSignIn, sessionLimitsFor } from '$lib/domain/sessions';
import { m } from '$lib/paraglide/messages.js';
import { renamePasskeySchema, removePasskeySchema } from '$lib/schemas/passkeys';
import { changePasswordSchema } from '$lib/schemas/passwords';
import { enforceRouteAccess, requireRole } from '$lib/server/access';
import { readDeviceTokens } from '$lib/server/auth/cookies';
import { changeOwnPassword, type PasswordChangeResult } from '$lib/server/auth/password-change';
import { listOwnPasskeys, removeOwnPasskey, renameOwnPasskey } from '$lib/server/auth/passkeys';
import { endOtherSessions, listOwnSessions } from '$lib/server/auth/session';
import { parseForm } from '$lib/server/forms';
import { deviceLabel } from '$lib/text/sessions';
import { waitMessage } from '$lib/text/sign-in';
import type { Actions, PageServerLoad } from './$types';

/** The signed-in person and the session this request came with. */
function signedIn(locals: App.Locals) {
	const actor = requireRole(locals.user, roles);
	if (!locals.session) error(401, 'Unauthorized');
	return { actor, session: locals.session, sessionId: locals.session.id };
}

export const load: PageServerLoad = async ({ locals, route, url, request }) => {
	enforceRouteAccess(route.id, locals.user, url);
	const { actor, session, sessionId } = signedIn(locals);
	const [{ sessions, total }, passkeys] = await Promise.all([
		listOwnSessions(actor, sessionId),
		listOwnPasskeys(actor)
	]);
	const device = deviceNameOf(request.headers.get('user-agent') ?? '');
	return {
		sessions,
		total,
		limits: sessionLimitsFor(actor.role),
		endedOthers: url.searchParams.has('endedOthers'),
		username: actor.username,
		freshSignIn: isFreshSignIn(session.signedInAt, new Date()),
		passwordMinLength,
		passwordChanged: url.searchParams.has('passwordChanged'),
		endedOnPasswordChange: Number(url.searchParams.get('passwordChanged') ?? 0) > 0,
		passkeys,
		passkeyNameMaxLength,
		// A name the person may keep: the device the passkey is most likely made on.
		defaultPasskeyName: device.browser ? deviceLabel(device) : '',
		passkeyAdded: url.searchParams.has('passkeyAdded'),
		passkeyRenamed: url.searchParams.has('passkeyRenamed'),
		passkeyRemoved: url.searchParams.has('passkeyRemoved')
	};
};

/** The field the service's refusal is about, in the reader's language. */
function passwordFailure(
	result: Exclude<PasswordChangeResult, { ok: true }>,
	newPassword: string
): Record<string, string> {
	switch (result.reason) {
		case 'current-missing':
			return { currentPassword: m.security_password_error_current_missing() };
		case 'current-wrong':
			return { currentPassword: m.security_password_error_current_wrong() };
		case 'too-many-attempts':
			return { currentPassword: waitMessage(result.waitMs) };
		// The schema catches these first; the service checks again, so no path skips the rule.
		case 'too-short':
			return {
				newPassword: m.security_password_error_too_short({
					min: passwordMinLength,
					count: passwordLength(newPassword)
				})
			};
		case 'common':
			return { newPassword: m.security_password_error_common() };
	}
}

/** A passkey that is no longer there (removed on another device): said at the form that named it. */
function passkeyGone<Action extends 'renamePasskey' | 'removePasskey'>(
	action: Action,
	id: string,
	values: Record<string, string>
) {
	return fail(404, { action, id, values, errors: { form: m.security_passkey_error_gone() } });
}

export const actions: Actions = {
	endOthers: async ({ locals, getClientAddress }) => {
		const { actor, sessionId } = signedIn(locals);
		await endOtherSessions(actor, sessionId, { ip: getClientAddress() });
		redirect(303, '/settings/security?endedOthers=1');
	},
	changePassword: async (event) => {
		const { actor, session } = signedIn(event.locals);
		const input = await parseForm(event.request, changePasswordSchema, {
			action: 'changePassword'
		});
		if (!input.ok) return input.failure;
		const result = await changeOwnPassword(actor, session, input.data, {
			ip: event.getClientAddress(),
			deviceTokens: readDeviceTokens(event)
		});
		if (!result.ok) {
			return fail(result.reason === 'too-many-attempts' ? 429 : 400, {
				action: 'changePassword' as const,
				values: input.values,
				errors: passwordFailure(result, input.data.newPassword)
			});
		}
		redirect(303, `/settings/security?passwordChanged=${result.endedSessions}#password`);
	},
	renamePasskey: async ({ locals, request }) => {
		const { actor } = signedIn(locals);
		const input = await parseForm(request, renamePasskeySchema, { action: 'renamePasskey' }, [
			'id'
		]);
		if (!input.ok) return input.failure;
		if (!(await renameOwnPasskey(actor, input.data.id, input.data.name)))
			return passkeyGone('renamePasskey', input.data.id, input.values);
		redirect(303, '/settings/security?passkeyRenamed=1#passkeys');
	},
	removePasskey: async ({ locals, request, getClientAddress }) => {
		const { actor } = signedIn(locals);
		const input = await parseForm(request, removePasskeySchema, { action: 'removePasskey' }, [
			'id'
		]);
		if (!input.ok) return input.failure;
		if (!(await removeOwnPasskey(actor, input.data.id, { ip: getClientAddress() })))
			return passkeyGone('removePasskey', input.data.id, input.values);
		redirect(303, '/settings/security?passkeyRemoved=1#passkeys');
	}
};
