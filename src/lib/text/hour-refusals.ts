import { formatLongDate } from '$lib/domain/dates';
import { durationText } from '$lib/text/hours';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { HourResult } from '$lib/server/hours/service';
import { refusalsOf, type Refused } from '$lib/text/tables';

/** A refused hour entry as field errors that say what is allowed. */
export const hourFailure = refusalsOf<Refused<HourResult>>({
	over_cap: (result) => ({
		minutes: result.perMonth
			? m.staff_error_over_cap_month({ free: durationText(result.freeMinutes) })
			: m.staff_error_over_cap({ free: durationText(result.freeMinutes) })
	}),
	over_day_limit: (result) => ({
		minutes: m.staff_error_over_day({ free: durationText(result.freeMinutes) })
	}),
	date_in_future: () => ({ date: m.staff_error_future() }),
	date_outside_booking: (result) => ({
		date: m.staff_error_outside({
			earliest: formatLongDate(result.earliest, getLocale()),
			latest: formatLongDate(result.latest, getLocale())
		})
	}),
	invalid_duration: () => ({ minutes: m.staff_error_duration() }),
	booking_not_active: () => ({ form: m.staff_error_not_active() }),
	already_replaced: () => ({ form: m.staff_error_replaced() })
});
