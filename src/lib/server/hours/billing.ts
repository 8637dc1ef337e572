import {
	addMonthsToMonth,
	berlinDate,
	isIsoMonth,
	monthOf,
	type IsoMonth
} from '$lib/domain/dates';

/** The month a billing request names, or the last finished month when it names none or nonsense. */
export function billingMonth(requested: string | null, now: Date = new Date()): IsoMonth {
	if (requested && isIsoMonth(requested)) return requested;
	return addMonthsToMonth(monthOf(berlinDate(now)), -1);
}

/** The months a lead can choose: this one and the 23 before it, newest first. */
export function billingMonths(now: Date = new Date()): IsoMonth[] {
	const current = monthOf(berlinDate(now));
	return Array.from({ length: 24 }, (_, index) => addMonthsToMonth(current, -index));
}
