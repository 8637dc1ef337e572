import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The rule for a new password (NIST SP 800-63B 3.1.1.2, OWASP ASVS 5.0 V6.2): long enough, and
 * not one that everybody uses. No rules for capitals, digits or symbols: they make passwords
 * harder to remember, not harder to guess. Any character counts, spaces and emoji too, and
 * pasting from a password manager is welcome.
 */
export const passwordMinLength = 8;

// The upper bound (passwordMaxLength) is the login form's, in $lib/schemas/login.ts: this module
// holds the list and must not reach the browser, the login page's constants must.

/**
 * The 49,000 most common passwords of the zxcvbn-ts project (from leaked password lists),
 * all in lower case, so the check below ignores case.
 */
const commonPasswords: ReadonlySet<string> = new Set(dictionary['passwords-common']);

export type PasswordProblem = 'too-short' | 'common';

/** Characters as a person counts them: "ä" and "😀" are one each, not two UTF-16 units. */
export function passwordLength(password: string): number {
	return [...password.normalize('NFC')].length;
}

export function isCommonPassword(password: string): boolean {
	const lower = password.toLowerCase();
	return commonPasswords.has(lower) || commonPasswords.has(lower.trim());
}

/** What is wrong with a new password, or null when it may be used. */
export function newPasswordProblem(password: string): PasswordProblem | null {
	if (passwordLength(password) < passwordMinLength) return 'too-short';
	if (isCommonPassword(password)) return 'common';
	return null;
}
