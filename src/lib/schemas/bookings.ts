import { z } from 'zod';
import { allowedStartDates, needsConfirmation, type StaffTransition } from '$lib/domain/bookings';
import {
	berlinDate,
	formatLongDate,
	formatMonth,
	isIsoDate,
	upcomingMonths
} from '$lib/domain/dates';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { correctionReason, limitedText, version } from './fields';

export const messageMaxLength = 1000;
export const reasonMaxLength = 1000;
/** A participant may wish a start this many months ahead, the current month included. */
export const wishableMonths = 12;
/** The value of the "no wish" choice for the provider. */
export const noProviderWish = 'none';

/** The request form; `now` decides which months can be wished. */
export function moduleRequestSchema(now: Date = new Date()) {
	const months = upcomingMonths(now, wishableMonths);
	const monthError = () =>
		m.request_error_month({
			first: formatMonth(months[0]!, getLocale()),
			last: formatMonth(months[months.length - 1]!, getLocale())
		});
	return z.object({
		wishedStartMonth: z
			.string({ error: monthError })
			.refine((value) => months.includes(value), { error: monthError }),
		wishedProvider: z
			.string({ error: () => m.request_error_provider() })
			.min(1, { error: () => m.request_error_provider() }),
		message: limitedText(messageMaxLength, m.request_error_message_long).optional().default(''),
		requestKey: z.uuid({ error: () => m.request_error_form() })
	});
}

export type ModuleRequestInput = z.infer<ReturnType<typeof moduleRequestSchema>>;

/** What the request form asks the booking service for: "no wish" and an empty message are null. */
export function moduleRequestFrom(input: ModuleRequestInput, moduleCodes: string[]) {
	return {
		moduleCodes,
		wishedStartMonth: input.wishedStartMonth,
		wishedProviderId: input.wishedProvider === noProviderWish ? null : input.wishedProvider,
		message: input.message || null,
		requestKey: input.requestKey
	};
}

export function confirmBookingSchema(now: Date = new Date()) {
	const range = allowedStartDates(berlinDate(now));
	return z.object({
		version,
		plannedStart: z
			.string({ error: () => m.provider_error_date() })
			.refine(isIsoDate, { error: () => m.provider_error_date() })
			.refine((value) => value >= range.earliest && value <= range.latest, {
				error: () => m.provider_error_start_range(rangeInWords(range))
			}),
		plannedEnd: z
			.string({ error: () => m.provider_error_date() })
			.refine(isIsoDate, { error: () => m.provider_error_date() }),
		trainerId: z
			.string({ error: () => m.provider_error_trainer() })
			.min(1, { error: () => m.provider_error_trainer() })
	});
}

/** The "yes, I mean it" checkbox (ConfirmCheckbox) before a change that cannot be undone. */
const confirmation = z.string().optional();

/** What the checkbox's error says when the "yes" is missing; nothing has changed then. */
export function confirmationMissing(transition: Exclude<StaffTransition, 'confirm'>): string {
	switch (transition) {
		case 'decline':
			return m.provider_error_decline_confirm();
		case 'start':
			return m.provider_error_start_confirm();
		case 'finish':
			return m.provider_error_finish_confirm();
	}
}

export const declineBookingSchema = z.object({
	version,
	reason: limitedText(reasonMaxLength, m.provider_error_reason_long).pipe(
		z.string().min(1, { error: () => m.provider_error_reason() })
	),
	// A field of its own, so a missing reason and a missing "yes" are both named at once.
	confirm: needsConfirmation('decline')
		? z.literal('yes', { error: () => confirmationMissing('decline') })
		: confirmation
});

export const advanceBookingSchema = z
	.object({
		version,
		step: z.enum(['start', 'finish']),
		confirm: confirmation
	})
	.superRefine(({ step, confirm }, context) => {
		if (needsConfirmation(step) && confirm !== 'yes') {
			context.addIssue({ code: 'custom', path: ['confirm'], message: confirmationMissing(step) });
		}
	});

/** A date range as "12. März 2027" words, for hints and errors. */
export function rangeInWords(range: { earliest: string; latest: string }): {
	earliest: string;
	latest: string;
} {
	const locale = getLocale();
	return {
		earliest: formatLongDate(range.earliest, locale),
		latest: formatLongDate(range.latest, locale)
	};
}

const plannedDate = () =>
	z
		.string({ error: () => m.provider_error_date() })
		.refine(isIsoDate, { error: () => m.provider_error_date() });

/** Staff correct a booking's confirmed dates; the service checks the ranges, as when confirming. */
export const plannedDatesCorrectionSchema = z.object({
	version,
	plannedStart: plannedDate(),
	plannedEnd: plannedDate(),
	reason: correctionReason
});

/** A lead gives the booking to another trainer of the provider. */
export const trainerCorrectionSchema = z.object({
	version,
	trainerId: z
		.string({ error: () => m.provider_error_trainer() })
		.min(1, { error: () => m.provider_error_trainer() }),
	reason: correctionReason
});
