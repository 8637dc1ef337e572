import { z } from 'zod';
import { usernamePattern } from '$lib/domain/accounts';
import { roleWordings } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages.js';
import { limitedText } from './fields';

/** Names as people write them; long enough for double names, short enough for the letter. */
export const displayNameMaxLength = 100;

const displayName = limitedText(displayNameMaxLength, m.account_error_too_long).pipe(
	z.string().min(1, { error: () => m.account_error_name_missing() })
);

/** Lower case before the check, so "Clara" becomes "clara" rather than an error. */
const username = z
	.string({ error: () => m.account_error_username_missing() })
	.trim()
	.toLowerCase()
	.min(1, { error: () => m.account_error_username_missing() })
	.regex(usernamePattern, { error: () => m.account_error_username_form() });

const staffRole = z.enum(['trainer', 'lead'], { error: () => m.account_error_role() });
const providerId = z
	.string({ error: () => m.account_error_provider() })
	.trim()
	.min(1, { error: () => m.account_error_provider() })
	.max(100, { error: () => m.account_error_provider() });

/** A phone number as people write it: digits, spaces, +, /, -, brackets. */
const phone = z
	.string()
	.trim()
	.max(40, { error: () => m.account_error_phone() })
	.regex(/^[0-9+()/\s-]*$/, { error: () => m.account_error_phone() })
	.transform((value) => value || null);

const optionalEmail = z
	.string()
	.trim()
	.max(200, { error: () => m.account_error_email() })
	.refine((value) => value === '' || z.email().safeParse(value).success, {
		error: () => m.account_error_email()
	})
	.transform((value) => value || null);

/** A checkbox sends "yes" when ticked and nothing otherwise. */
const ticked = z
	.literal('yes')
	.optional()
	.transform((value) => value === 'yes');

/** Missing or unknown: the neutral form, as for accounts made before the choice existed. */
const roleWording = z.enum(roleWordings).catch('neutral');

export const staffAccountSchema = z.object({
	displayName,
	username,
	role: staffRole,
	roleWording,
	providerId
});

export const staffUpdateSchema = z.object({
	displayName,
	role: staffRole,
	roleWording,
	providerId
});

export const participantAccountSchema = z.object({
	displayName,
	username,
	locale: z.enum(['de', 'en'], { error: () => m.account_error_locale() }),
	email: optionalEmail.optional().transform((value) => value ?? null),
	phone: phone.optional().transform((value) => value ?? null),
	easyLanguage: ticked,
	largePrint: ticked,
	readAloud: ticked,
	viaTrustedPerson: ticked
});

/** "Suggest a user name" on the participant form: only the name is needed. */
export const suggestSchema = z.object({ displayName });

export const openAccountSchema = z.object({ username });

const placeText = limitedText(100, m.account_error_too_long);

export const placeCount = 3;

export const providerSchema = z
	.object({
		name: displayName,
		phone: phone.optional().transform((value) => value ?? null),
		placeName1: placeText,
		placeTown1: placeText,
		placeName2: placeText.optional().default(''),
		placeTown2: placeText.optional().default(''),
		placeName3: placeText.optional().default(''),
		placeTown3: placeText.optional().default('')
	})
	.superRefine((value, context) => {
		for (const index of [1, 2, 3] as const) {
			const name = value[`placeName${index}`];
			const town = value[`placeTown${index}`];
			if (index === 1 || name || town) {
				if (!name)
					context.addIssue({
						code: 'custom',
						path: [`placeName${index}`],
						message: m.account_error_place_name()
					});
				if (!town)
					context.addIssue({
						code: 'custom',
						path: [`placeTown${index}`],
						message: m.account_error_place_town()
					});
			}
		}
	})
	.transform((value) => ({
		name: value.name,
		phone: value.phone,
		places: ([1, 2, 3] as const)
			.map((index) => ({ name: value[`placeName${index}`], town: value[`placeTown${index}`] }))
			.filter((entry) => entry.name && entry.town)
	}));

/** Closing asks "yes, I mean it" first. */
export const closeSchema = z.object({
	confirm: z.literal('yes', { error: () => m.account_error_confirm() })
});
