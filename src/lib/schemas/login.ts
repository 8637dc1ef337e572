import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

export const usernameMaxLength = 100;
/** Long enough for any password manager's passphrase, short enough to bound hashing work. */
export const passwordMaxLength = 1000;

// Messages are functions, so each error is written in the language of the request.
export const loginSchema = z.object({
	username: z
		.string({ error: () => m.login_error_username_missing() })
		.trim()
		.min(1, { error: () => m.login_error_username_missing() })
		.max(usernameMaxLength, { error: () => m.login_error_too_long({ max: usernameMaxLength }) }),
	password: z
		.string({ error: () => m.login_error_password_missing() })
		.min(1, { error: () => m.login_error_password_missing() })
		.max(passwordMaxLength, { error: () => m.login_error_too_long({ max: passwordMaxLength }) })
});

export type LoginInput = z.infer<typeof loginSchema>;
