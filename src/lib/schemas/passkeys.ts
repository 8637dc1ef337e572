import { z } from 'zod';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { passkeyNameMaxLength } from '$lib/domain/passkeys';
import { m } from '$lib/paraglide/messages.js';
import { limitedText } from './fields';

export const passkeyName = limitedText(passkeyNameMaxLength, ({ max, count }) =>
	m.security_passkey_error_name_long({ max, count })
).pipe(z.string().min(1, { error: () => m.security_passkey_error_name_missing() }));

const passkeyId = z.string().min(1).max(1024);
const base64url = z.string().max(16_384);

/** Just the shape; SimpleWebAuthn checks what is inside. */
const registrationResponse = z.looseObject({
	id: passkeyId,
	rawId: base64url,
	type: z.literal('public-key'),
	response: z.looseObject({
		clientDataJSON: base64url,
		attestationObject: base64url,
		transports: z.array(z.string().max(32)).max(10).optional()
	}),
	clientExtensionResults: z.looseObject({})
}) as unknown as z.ZodType<RegistrationResponseJSON>;

const authenticationResponse = z.looseObject({
	id: passkeyId,
	rawId: base64url,
	type: z.literal('public-key'),
	response: z.looseObject({
		clientDataJSON: base64url,
		authenticatorData: base64url,
		signature: base64url,
		userHandle: base64url.optional()
	}),
	clientExtensionResults: z.looseObject({})
}) as unknown as z.ZodType<AuthenticationResponseJSON>;

/** What the page's script sends after the device made a passkey. */
export const addPasskeySchema = z.object({ name: passkeyName, response: registrationResponse });

/** What the login page's script sends after the device signed the challenge. */
export const passkeySignInSchema = z.object({ response: authenticationResponse });

export const renamePasskeySchema = z.object({ id: passkeyId, name: passkeyName });

export const removePasskeySchema = z.object({
	id: passkeyId,
	confirm: z.literal('yes', { error: () => m.security_passkey_error_confirm() })
});
