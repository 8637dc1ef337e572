import { formatLongDate } from '$lib/domain/dates';
import { durationText } from '$lib/text/hours';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { HourResult } from '$lib/server/hours/service';

/** A refused hour entry as field errors that say what is allowed. */
export function hourFailure(result: Extract<HourResult, { ok: false }>): Record<string, string> {
	switch (result.reason) {
		case 'over_cap':
			return {
				minutes: result.perMonth
					? m.staff_error_over_cap_month({ free: durationText(result.freeMinutes) })
					: m.staff_error_over_cap({ free: durationText(result.freeMinutes) })
			};
		case 'over_day_limit':
			return { minutes: m.staff_error_over_day({ free: durationText(result.freeMinutes) }) };
		case 'date_in_future':
			return { date: m.staff_error_future() };
		case 'date_outside_booking':
			return {
				date: m.staff_error_outside({
					earliest: formatLongDate(result.earliest, getLocale()),
					latest: formatLongDate(result.latest, getLocale())
				})
			};
		case 'invalid_duration':
			return { minutes: m.staff_error_duration() };
		case 'booking_not_active':
			return { form: m.staff_error_not_active() };
		case 'already_replaced':
			return { form: m.staff_error_replaced() };
	}
}
