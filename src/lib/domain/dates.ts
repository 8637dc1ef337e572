/**
 * Calendar dates without a time ("2027-03-12"), as people plan them. Instants are stored as
 * UTC; the calendar day and month of an instant are taken in Europe/Berlin, where the offer is.
 */

export type IsoDate = string;
/** A calendar month, "2027-03". */
export type IsoMonth = string;

export const portalTimeZone = 'Europe/Berlin';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMonthPattern = /^(\d{4})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (rejects 2027-02-30). */
export function isIsoDate(value: string): boolean {
	const match = isoDatePattern.exec(value);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.toISOString().slice(0, 10) === value;
}

export function isIsoMonth(value: string): boolean {
	const match = isoMonthPattern.exec(value);
	return Boolean(match) && Number(match![2]) >= 1 && Number(match![2]) <= 12;
}

function toUtcDate(date: IsoDate): Date {
	return new Date(`${date}T00:00:00Z`);
}

function fromUtcDate(date: Date): IsoDate {
	return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	const result = toUtcDate(date);
	result.setUTCDate(result.getUTCDate() + days);
	return fromUtcDate(result);
}

/** Adds calendar months; a day that the target month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
	const source = toUtcDate(date);
	const firstOfTarget = new Date(
		Date.UTC(source.getUTCFullYear(), source.getUTCMonth() + months, 1)
	);
	const lastDay = new Date(
		Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)
	).getUTCDate();
	firstOfTarget.setUTCDate(Math.min(source.getUTCDate(), lastDay));
	return fromUtcDate(firstOfTarget);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

/**
 * Making an `Intl.DateTimeFormat` costs far more than using one (a profile of participant pages
 * showed 7 % of all time in building them), so each locale and option set is built once.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Callers pass the same option objects again and again: found by identity, no key to build. */
const formatsByOptions = new WeakMap<
	Intl.DateTimeFormatOptions,
	Map<string, Intl.DateTimeFormat>
>();

export function dateFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	let byLocale = formatsByOptions.get(options);
	if (!byLocale) {
		byLocale = new Map();
		formatsByOptions.set(options, byLocale);
	}
	let format = byLocale.get(locale);
	if (!format) {
		const key = `${locale}|${JSON.stringify(options)}`;
		format = dateFormats.get(key) ?? new Intl.DateTimeFormat(locale, options);
		dateFormats.set(key, format);
		byLocale.set(locale, format);
	}
	return format;
}

// en-CA formats as YYYY-MM-DD.
const berlinDayFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: portalTimeZone,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** The calendar day an instant falls on in Europe/Berlin. */
export function berlinDate(instant: Date): IsoDate {
	return berlinDayFormat.format(instant);
}

export function monthOf(date: IsoDate): IsoMonth {
	return date.slice(0, 7);
}

export function firstDayOf(month: IsoMonth): IsoDate {
	return `${month}-01`;
}

export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
	return monthOf(addMonths(firstDayOf(month), months));
}

/** The current month and the `count - 1` months after it, in Europe/Berlin. */
export function upcomingMonths(now: Date, count: number): IsoMonth[] {
	const current = monthOf(berlinDate(now));
	return Array.from({ length: count }, (_, index) => addMonthsToMonth(current, index));
}

/** Easy English follows British usage (day before month), as Inclusion Europe writes it. */
function intlLocale(locale: string): string {
	return locale === 'en' ? 'en-GB' : locale;
}

const longDate: Intl.DateTimeFormatOptions = {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
};
const longMonth: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
const berlinTime: Intl.DateTimeFormatOptions = {
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZone: portalTimeZone
};

/** "10:15": an instant's time of day in Europe/Berlin. */
export function formatBerlinTime(instant: Date, locale: string): string {
	return dateFormat(intlLocale(locale), berlinTime).format(instant);
}

/** Pages list the same days over and over (an hour list has hundreds): each is written once. */
const longDates = new Map<string, string>();
const longDatesKept = 10_000;

/** "12. März 2027" / "12 March 2027": the date form our writing guide asks for. */
export function formatLongDate(date: IsoDate, locale: string): string {
	const key = `${locale} ${date}`;
	let text = longDates.get(key);
	if (text === undefined) {
		text = dateFormat(intlLocale(locale), longDate).format(toUtcDate(date));
		if (longDates.size >= longDatesKept) longDates.clear();
		longDates.set(key, text);
	}
	return text;
}

/** "März 2027" / "March 2027". */
export function formatMonth(month: IsoMonth, locale: string): string {
	return dateFormat(intlLocale(locale), longMonth).format(toUtcDate(firstDayOf(month)));
}

/** An instant as a Berlin calendar date in words. */
export function formatInstantDate(instant: Date, locale: string): string {
	return formatLongDate(berlinDate(instant), locale);
}

/** "1. Dezember 2026, 10:15" / "1 December 2026, 10:15": an instant in Europe/Berlin, to the minute. */
export function formatInstantDateTime(instant: Date, locale: string): string {
	return `${formatInstantDate(instant, locale)}, ${formatBerlinTime(instant, locale)}`;
}
