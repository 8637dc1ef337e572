import { z } from 'zod';
import { newPasswordProblem, passwordLength, passwordMinLength } from '$lib/domain/passwords';
import { m } from '$lib/paraglide/messages.js';
import { passwordMaxLength } from './login';

const tooLong = () => m.login_error_too_long({ max: passwordMaxLength });

/**
 * Changing one's own password. Passwords are never trimmed or changed: what the person (or their
 * password manager) typed is the password. The old one may be empty here: a fresh sign-in
 * needs none, and the service says when it does.
 */
export const changePasswordSchema = z.object({
	currentPassword: z
		.string()
		.max(passwordMaxLength, { error: tooLong })
		.optional()
		.transform((value) => value ?? ''),
	newPassword: z
		.string({ error: () => m.security_password_error_new_missing() })
		.min(1, { error: () => m.security_password_error_new_missing() })
		.max(passwordMaxLength, { error: tooLong })
		.superRefine((password, context) => {
			const problem = newPasswordProblem(password);
			if (problem === 'too-short')
				context.addIssue({
					code: 'custom',
					message: m.security_password_error_too_short({
						min: passwordMinLength,
						count: passwordLength(password)
					})
				});
			else if (problem === 'common')
				context.addIssue({ code: 'custom', message: m.security_password_error_common() });
		})
});
