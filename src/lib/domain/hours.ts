import {
	addDays,
	addMonthsToMonth,
	daysBetween,
	firstDayOf,
	isIsoMonth,
	monthOf,
	type IsoDate,
	type IsoMonth
} from './dates';
import type { BookingState } from './bookings';
import type { HourCap } from './catalogue';

/** Durations are whole minutes, logged in quarter hours. */
export const minuteStep = 15;
/** One entry covers one piece of work; a day is at most 10 hours of it. */
export const maxEntryMinutes = 10 * 60;
export const noteMaxLength = 500;

export const hourKinds = [
	'with_participant',
	'preparation',
	'documentation',
	'talks_with_others',
	'travel'
] as const;
export type HourKind = (typeof hourKinds)[number];

export function isValidDuration(minutes: number): boolean {
	return (
		Number.isInteger(minutes) &&
		minutes >= minuteStep &&
		minutes <= maxEntryMinutes &&
		minutes % minuteStep === 0
	);
}

/** The durations a form offers: every quarter hour up to the maximum. */
export function durationChoices(): number[] {
	return Array.from(
		{ length: maxEntryMinutes / minuteStep },
		(_, index) => (index + 1) * minuteStep
	);
}

export interface HourEntryFacts {
	id: string;
	date: IsoDate;
	minutes: number;
	/** The entry this one corrects or cancels. */
	replacesId: string | null;
	/** A cancellation replaces an entry with nothing. */
	isCancellation: boolean;
}

/**
 * A live entry as the participant's list of hours shows it: what was done, and the note in its
 * language. No id: the list only shows entries, so the page data carries none.
 */
export interface ListedHourEntry {
	date: IsoDate;
	minutes: number;
	kind: HourKind;
	note: string | null;
	/** The language the note was written in. */
	lang: string;
}

/**
 * The entries that count: not replaced by a later correction or cancellation, and not a
 * cancellation themselves.
 */
export function liveEntries<T extends HourEntryFacts>(entries: readonly T[]): T[] {
	const replaced = new Set(
		entries.map((entry) => entry.replacesId).filter((id): id is string => id !== null)
	);
	return entries.filter((entry) => !replaced.has(entry.id) && !entry.isCancellation);
}

export function sumMinutes(entries: readonly { minutes: number }[]): number {
	return entries.reduce((total, entry) => total + entry.minutes, 0);
}

/** The cap in minutes that applies to an entry on `date`, and the minutes already used against it. */
export function usedAgainstCap(
	cap: HourCap,
	live: readonly HourEntryFacts[],
	date: IsoDate
): { capMinutes: number; usedMinutes: number } | null {
	if (cap.kind === 'none') return null;
	return { capMinutes: cap.hours * 60, usedMinutes: minutesInPeriod(live, capPeriod(cap, date)) };
}

/** The live minutes within a cap period; null is the whole booking. */
function minutesInPeriod(
	live: readonly HourEntryFacts[],
	period: { from: IsoDate; before: IsoDate } | null
): number {
	return sumMinutes(
		period ? live.filter((entry) => entry.date >= period.from && entry.date < period.before) : live
	);
}

export type CapCheck = { ok: true } | { ok: false; freeMinutes: number };

/** Whether `minutes` more fit under the cap; when not, how many still do. */
export function checkCap(capMinutes: number, usedMinutes: number, minutes: number): CapCheck {
	const freeMinutes = Math.max(0, capMinutes - usedMinutes);
	return minutes <= freeMinutes ? { ok: true } : { ok: false, freeMinutes };
}

/**
 * One person works at most this long on one day, whatever the bookings: more is a typing
 * mistake (a day written twice, 30 hours on one date), and billing must not take it.
 */
export const maxParticipantMinutesPerDay = 10 * 60;

/** The live minutes of one person on `date`, over all their bookings. */
export function minutesOnDay(live: readonly HourEntryFacts[], date: IsoDate): number {
	return sumMinutes(live.filter((entry) => entry.date === date));
}

export type UsageLevel = 'normal' | 'nearly_used' | 'used_up';

/** A notice at 80 % of the cap and at 100 %. */
export function usageLevel(usedMinutes: number, capMinutes: number): UsageLevel {
	if (usedMinutes >= capMinutes) return 'used_up';
	if (usedMinutes >= capMinutes * 0.8) return 'nearly_used';
	return 'normal';
}

/** Bookings on which hours are logged: started, and finished ones for late entries. */
export const loggableStates = ['running', 'finished'] as const satisfies readonly BookingState[];

export function isLoggable(state: BookingState): boolean {
	return (loggableStates as readonly BookingState[]).includes(state);
}

/** The days hours can be logged for: from the planned start to the planned end, never after today. */
export function hourDateWindow<Start extends IsoDate | null>(
	plannedStart: Start,
	plannedEnd: IsoDate | null,
	today: IsoDate
): { earliest: Start; latest: IsoDate } {
	return {
		earliest: plannedStart,
		latest: plannedEnd !== null && plannedEnd < today ? plannedEnd : today
	};
}

export interface HoursSummary {
	/** Against the cap that applies on the day: the whole booking, or this month. */
	usedMinutes: number;
	/** Null for a booking without a cap in the portal. */
	capMinutes: number | null;
	minutesLeft: number | null;
	level: UsageLevel;
}

/**
 * The days whose live minutes count against the cap on `date`: null for the whole booking
 * (a total cap, or none), else that calendar month (`from` inclusive, `before` exclusive).
 */
export function capPeriod(cap: HourCap, date: IsoDate): { from: IsoDate; before: IsoDate } | null {
	const month = capMonth(cap, date);
	if (month === null) return null;
	return { from: firstDayOf(month), before: firstDayOf(addMonthsToMonth(month, 1)) };
}

/** The calendar month a cap counts on `date` (a monthly cap), or null for the whole booking. */
export function capMonth(cap: HourCap, date: IsoDate): IsoMonth | null {
	return cap.kind === 'per_month' ? monthOf(date) : null;
}

/** Where a booking's hours stand, from the minutes used in its cap's period (see `capPeriod`). */
export function summaryOfUsed(cap: HourCap, usedMinutes: number): HoursSummary {
	if (cap.kind === 'none')
		return { usedMinutes, capMinutes: null, minutesLeft: null, level: 'normal' };
	const capMinutes = cap.hours * 60;
	return {
		usedMinutes,
		capMinutes,
		minutesLeft: Math.max(0, capMinutes - usedMinutes),
		level: usageLevel(usedMinutes, capMinutes)
	};
}

/** Where a booking's hours stand on `today`: the one summary every page shows. */
export function hoursSummary(
	cap: HourCap,
	live: readonly HourEntryFacts[],
	today: IsoDate
): HoursSummary {
	return summaryOfUsed(cap, minutesInPeriod(live, capPeriod(cap, today)));
}

/**
 * The same summary from the live minutes per calendar month (`minutesByMonth`), which SQL sums
 * without loading the entries: a cap period is the whole booking or one calendar month.
 */
export function hoursSummaryOfMonths(
	cap: HourCap,
	months: readonly { month: IsoMonth; minutes: number }[],
	today: IsoDate
): HoursSummary {
	const period = capPeriod(cap, today);
	const counted = period ? months.filter((row) => row.month === monthOf(period.from)) : months;
	return summaryOfUsed(cap, sumMinutes(counted));
}

/** Entries grouped by calendar month, newest month first, newest entry first within. */
export function byMonthNewestFirst<T extends { date: IsoDate }>(
	entries: readonly T[]
): { month: IsoMonth; entries: T[] }[] {
	const groups = new Map<IsoMonth, T[]>();
	for (const entry of [...entries].sort((a, b) => b.date.localeCompare(a.date))) {
		const month = monthOf(entry.date);
		const group = groups.get(month);
		if (group) group.push(entry);
		else groups.set(month, [entry]);
	}
	return [...groups.entries()].map(([month, grouped]) => ({ month, entries: grouped }));
}

/** How many weeks of the recent past the pace is taken from. */
export const paceWeeks = 8;

/**
 * The days whose minutes set the pace on `today`: the last 8 weeks, or since the start if
 * shorter (`from` and `to` inclusive). Null before the start.
 */
export function paceWindow(
	start: IsoDate,
	today: IsoDate
): { from: IsoDate; to: IsoDate; days: number } | null {
	const from = [start, addDays(today, -paceWeeks * 7 + 1)].sort().at(-1)!;
	const days = daysBetween(from, today) + 1;
	return days > 0 ? { from, to: today, days } : null;
}

/**
 * When the hours run out at the current pace, from two sums: all live minutes, and those of
 * the pace window (`paceWindow`). The pace is the window's minutes per day. Null when nothing
 * was used lately or nothing is left.
 */
export function forecastFromSums(
	usedMinutes: number,
	capMinutes: number,
	pace: { days: number; minutes: number } | null,
	today: IsoDate
): IsoDate | null {
	if (usedMinutes >= capMinutes || !pace || pace.minutes === 0) return null;
	// Whole numbers only: (minutes left) ÷ (recent minutes per day), rounded up to a day.
	return addDays(today, Math.ceil(((capMinutes - usedMinutes) * pace.days) / pace.minutes));
}

/** `forecastFromSums` from the live entries themselves. */
export function forecastRunOut(
	live: readonly { date: IsoDate; minutes: number }[],
	capMinutes: number,
	start: IsoDate,
	today: IsoDate
): IsoDate | null {
	const window = paceWindow(start, today);
	const pace = window && {
		days: window.days,
		minutes: sumMinutes(
			live.filter((entry) => entry.date >= window.from && entry.date <= window.to)
		)
	};
	return forecastFromSums(sumMinutes(live), capMinutes, pace, today);
}

/** Whole weeks from `today` to the planned end, never below zero. */
export function weeksLeft(today: IsoDate, plannedEnd: IsoDate): number {
	return Math.max(0, Math.ceil(daysBetween(today, plannedEnd) / 7));
}

/** Minutes as whole hours and the rest, for "12 Stunden und 15 Minuten". */
export function splitMinutes(minutes: number): { hours: number; minutes: number } {
	return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Minutes per calendar month, oldest month first: the documentation's hours table. */
export function minutesByMonth(
	entries: readonly { date: IsoDate; minutes: number }[]
): { month: IsoMonth; minutes: number }[] {
	const totals = new Map<IsoMonth, number>();
	for (const entry of entries)
		totals.set(monthOf(entry.date), (totals.get(monthOf(entry.date)) ?? 0) + entry.minutes);
	return [...totals]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([month, minutes]) => ({ month, minutes }));
}

/** A page of a booking's hours lists the entries of this many months (of those that have any). */
export const monthsPerPage = 3;

export interface MonthsPage {
	/** The months listed, newest first. */
	months: IsoMonth[];
	/** The `before` of the page with the next older months; null when there are none. */
	older: IsoMonth | null;
	/**
	 * Null on the newest months; else the page with the next newer ones, whose `before` is
	 * null when that page is the newest (it needs none).
	 */
	newer: { before: IsoMonth | null } | null;
}

/**
 * Which months a page of hours lists: the 3 newest months with entries that lie before
 * `before`; without it, the 3 newest of all. A `before` that is no month, or that leaves
 * nothing to list, shows the newest months, so an old or hand-made link still lands on hours.
 */
export function monthsPage(
	monthsWithEntries: readonly IsoMonth[],
	before: string | null,
	size = monthsPerPage
): MonthsPage {
	const newestFirst = [...new Set(monthsWithEntries)].sort().reverse();
	const first =
		before !== null && isIsoMonth(before)
			? Math.max(
					0,
					newestFirst.findIndex((month) => month < before)
				)
			: 0;
	const months = newestFirst.slice(first, first + size);
	const newerFirst = first - size;
	return {
		months,
		older: first + size < newestFirst.length ? months.at(-1)! : null,
		newer: first === 0 ? null : { before: newerFirst > 0 ? newestFirst[newerFirst - 1]! : null }
	};
}
