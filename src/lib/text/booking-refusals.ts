import { m } from '$lib/paraglide/messages.js';
import type { RequestResult, WithdrawResult } from '$lib/server/bookings/service';

/** A refused request as form errors: which field, or the whole form, and what to do. */
export function requestFailure(
	result: Extract<RequestResult, { ok: false }>
): Record<string, string> {
	switch (result.reason) {
		case 'unknown_provider':
			return { wishedProvider: m.request_error_provider() };
		case 'entry_first':
			return { form: m.refusal_entry_first() };
		case 'already_open':
			return { form: m.refusal_already_open() };
		case 'not_bookable':
			return { form: m.refusal_not_bookable() };
		case 'nothing_to_request':
			return { form: m.request_all_nothing() };
	}
}

export function withdrawFailure(result: Extract<WithdrawResult, { ok: false }>): string {
	switch (result.reason) {
		case 'not_requested':
			return m.refusal_not_requested();
		case 'others_need_entry':
			return m.refusal_others_need_entry();
	}
}
