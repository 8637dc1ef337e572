import { describe, expect, it } from 'vitest';
import {
	byMonthNewestFirst,
	capMonth,
	capPeriod,
	checkCap,
	durationChoices,
	forecastFromSums,
	forecastRunOut,
	hoursSummary,
	hoursSummaryOfMonths,
	isValidDuration,
	liveEntries,
	minutesByMonth,
	monthsPage,
	paceWindow,
	splitMinutes,
	usageLevel,
	usedAgainstCap,
	weeksLeft,
	type HourEntryFacts
} from './hours';

const entry = (
	id: string,
	date: string,
	minutes: number,
	replacesId: string | null = null,
	isCancellation = false
): HourEntryFacts => ({
	id,
	date,
	minutes,
	replacesId,
	isCancellation
});

describe('durations', () => {
	it('accepts quarter hours from 15 minutes to 10 hours', () => {
		expect(isValidDuration(15)).toBe(true);
		expect(isValidDuration(600)).toBe(true);
		expect(isValidDuration(0)).toBe(false);
		expect(isValidDuration(-60)).toBe(false);
		expect(isValidDuration(20)).toBe(false);
		expect(isValidDuration(615)).toBe(false);
		expect(isValidDuration(7.5)).toBe(false);
		expect(durationChoices()).toHaveLength(40);
	});

	it('splits minutes into hours and the rest', () => {
		expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
	});
});

describe('live entries', () => {
	it('counts a correction instead of the entry it replaces, and nothing for a cancellation', () => {
		const entries = [
			entry('a', '2027-01-04', 120),
			entry('b', '2027-01-05', 60),
			entry('c', '2027-01-04', 90, 'a'),
			entry('d', '2027-01-05', 0, 'b', true)
		];
		expect(liveEntries(entries).map((row) => row.id)).toEqual(['c']);
	});

	it('follows a correction of a correction', () => {
		const entries = [
			entry('a', '2027-01-04', 120),
			entry('b', '2027-01-04', 90, 'a'),
			entry('c', '2027-01-04', 60, 'b')
		];
		expect(liveEntries(entries).map((row) => row.id)).toEqual(['c']);
	});
});

describe('cap arithmetic', () => {
	it('allows an entry that exactly fills the cap and refuses one over it, naming what is free', () => {
		expect(checkCap(48 * 60, 47 * 60, 60)).toEqual({ ok: true });
		expect(checkCap(48 * 60, 47 * 60, 75)).toEqual({ ok: false, freeMinutes: 60 });
		expect(checkCap(48 * 60, 49 * 60, 15)).toEqual({ ok: false, freeMinutes: 0 });
	});

	it('counts a total cap over the whole booking', () => {
		const live = [entry('a', '2027-01-04', 600), entry('b', '2027-02-04', 300)];
		expect(usedAgainstCap({ kind: 'total', hours: 48 }, live, '2027-03-01')).toEqual({
			capMinutes: 2880,
			usedMinutes: 900
		});
	});

	it('counts a monthly cap per calendar month', () => {
		const live = [
			entry('a', '2027-01-31', 600),
			entry('b', '2027-02-01', 300),
			entry('c', '2027-02-28', 60)
		];
		expect(usedAgainstCap({ kind: 'per_month', hours: 30 }, live, '2027-02-15')).toEqual({
			capMinutes: 1800,
			usedMinutes: 360
		});
		expect(usedAgainstCap({ kind: 'per_month', hours: 30 }, live, '2027-01-01')).toEqual({
			capMinutes: 1800,
			usedMinutes: 600
		});
		expect(usedAgainstCap({ kind: 'none' }, live, '2027-01-01')).toBeNull();
	});

	it('names the month a monthly cap counts, and no month for a cap over the whole booking', () => {
		expect(capMonth({ kind: 'per_month', hours: 30 }, '2027-12-31')).toBe('2027-12');
		expect(capPeriod({ kind: 'per_month', hours: 30 }, '2027-12-31')).toEqual({
			from: '2027-12-01',
			before: '2028-01-01'
		});
		expect(capMonth({ kind: 'total', hours: 48 }, '2027-12-31')).toBeNull();
		expect(capPeriod({ kind: 'total', hours: 48 }, '2027-12-31')).toBeNull();
	});

	it('gives a notice at 80 % and at 100 %', () => {
		expect(usageLevel(2303, 2880)).toBe('normal');
		expect(usageLevel(2304, 2880)).toBe('nearly_used');
		expect(usageLevel(2880, 2880)).toBe('used_up');
	});
});

describe('months and forecast', () => {
	it('groups entries by month, newest first', () => {
		const groups = byMonthNewestFirst([
			{ date: '2027-01-10' },
			{ date: '2027-03-02' },
			{ date: '2027-01-20' }
		]);
		expect(groups.map((group) => [group.month, group.entries.map((row) => row.date)])).toEqual([
			['2027-03', ['2027-03-02']],
			['2027-01', ['2027-01-20', '2027-01-10']]
		]);
	});

	it('forecasts the run-out date from the pace of the last weeks', () => {
		// 8 weeks of 10 hours = 80 hours used; 40 hours left at 10 a week = 28 days.
		const entries = Array.from({ length: 8 }, (_, week) => ({
			date: new Date(Date.UTC(2027, 0, 1 + week * 7)).toISOString().slice(0, 10),
			minutes: 600
		}));
		expect(forecastRunOut(entries, 120 * 60, '2027-01-01', '2027-02-25')).toBe('2027-03-25');
	});

	it('has no forecast when nothing was used lately or nothing is left', () => {
		expect(forecastRunOut([], 2880, '2027-01-01', '2027-02-01')).toBeNull();
		expect(
			forecastRunOut([{ date: '2027-01-02', minutes: 2880 }], 2880, '2027-01-01', '2027-02-01')
		).toBeNull();
	});

	it('says how many weeks are left', () => {
		expect(weeksLeft('2027-01-01', '2027-02-05')).toBe(5);
		expect(weeksLeft('2027-03-01', '2027-02-05')).toBe(0);
	});
});

describe('the sums behind the summary and the forecast', () => {
	const live = [
		entry('a', '2027-01-29', 600),
		entry('b', '2027-02-01', 300),
		entry('c', '2027-02-26', 165),
		entry('d', '2027-03-02', 45),
		entry('e', '2027-03-03', 240)
	];

	it('sums per month to the same summary as the entries, for every kind of cap', () => {
		for (const cap of [
			{ kind: 'total', hours: 48 },
			{ kind: 'per_month', hours: 30 },
			{ kind: 'none' }
		] as const) {
			for (const today of ['2027-01-31', '2027-02-15', '2027-03-03', '2027-04-01']) {
				expect(hoursSummaryOfMonths(cap, minutesByMonth(live), today)).toEqual(
					hoursSummary(cap, live, today)
				);
			}
		}
		expect(
			hoursSummaryOfMonths({ kind: 'per_month', hours: 30 }, minutesByMonth(live), '2027-02-15')
				.usedMinutes
		).toBe(465);
	});

	it('forecasts from the two sums exactly as from the entries', () => {
		for (const [start, today, cap] of [
			['2027-01-01', '2027-03-03', 48 * 60],
			['2027-02-20', '2027-03-03', 48 * 60],
			['2027-01-01', '2027-06-30', 48 * 60],
			['2027-01-01', '2027-03-03', 20 * 60],
			['2027-03-10', '2027-03-03', 48 * 60]
		] as const) {
			const window = paceWindow(start, today);
			const pace = window && {
				days: window.days,
				minutes: live
					.filter((row) => row.date >= window.from && row.date <= window.to)
					.reduce((sum, row) => sum + row.minutes, 0)
			};
			expect(forecastFromSums(1350, cap, pace, today)).toBe(
				forecastRunOut(live, cap, start, today)
			);
		}
		// All 1350 minutes lie in the last 56 days; 1530 left at 1350 per 56 days: 64 days.
		expect(paceWindow('2027-01-01', '2027-03-03')).toEqual({
			from: '2027-01-07',
			to: '2027-03-03',
			days: 56
		});
		expect(forecastRunOut(live, 2880, '2027-01-01', '2027-03-03')).toBe('2027-05-06');
		expect(paceWindow('2027-03-10', '2027-03-03')).toBeNull();
	});
});

describe('months of hours, 3 at a time', () => {
	const months = ['2027-02', '2027-07', '2027-03', '2027-05', '2027-06', '2027-01', '2027-04'];

	it('lists the 3 newest months and points to the older ones', () => {
		expect(monthsPage(months, null)).toEqual({
			months: ['2027-07', '2027-06', '2027-05'],
			older: '2027-05',
			newer: null
		});
	});

	it('walks to the oldest month and back on the same pages', () => {
		const second = monthsPage(months, '2027-05');
		expect(second).toEqual({
			months: ['2027-04', '2027-03', '2027-02'],
			older: '2027-02',
			newer: { before: null }
		});
		const third = monthsPage(months, second.older);
		expect(third).toEqual({ months: ['2027-01'], older: null, newer: { before: '2027-05' } });
		expect(monthsPage(months, third.newer!.before)).toEqual(second);
	});

	it('names a newer page by its own `before` when there are more pages above it', () => {
		const many = Array.from(
			{ length: 10 },
			(_, index) => `2026-${String(index + 1).padStart(2, '0')}`
		);
		const last = monthsPage(many, '2026-02');
		expect(last.months).toEqual(['2026-01']);
		const back = monthsPage(many, last.newer!.before);
		expect(back.months).toEqual(['2026-04', '2026-03', '2026-02']);
		expect(monthsPage(many, back.newer!.before).months).toEqual(['2026-07', '2026-06', '2026-05']);
		expect(monthsPage(many, back.newer!.before).newer).toEqual({ before: null });
	});

	it('shows every month without links when there are 3 or fewer', () => {
		expect(monthsPage(['2027-01', '2027-03', '2027-01'], null)).toEqual({
			months: ['2027-03', '2027-01'],
			older: null,
			newer: null
		});
		expect(monthsPage([], null)).toEqual({ months: [], older: null, newer: null });
		expect(monthsPage([], '2027-01')).toEqual({ months: [], older: null, newer: null });
	});

	it('lands on the months before a month without entries', () => {
		expect(monthsPage(['2027-01', '2027-03', '2027-05', '2027-07', '2027-09'], '2027-04')).toEqual({
			months: ['2027-03', '2027-01'],
			older: null,
			newer: { before: null }
		});
	});

	it('falls back to the newest months for a `before` that is no month or lists nothing', () => {
		const newest = monthsPage(months, null);
		for (const before of [
			'',
			'abc',
			'2027-13',
			'2027-00',
			'2027-5',
			'2027-05-01',
			'2026-12',
			'1900-01'
		])
			expect(monthsPage(months, before)).toEqual(newest);
		// A month after all entries lists the newest too.
		expect(monthsPage(months, '2099-01')).toEqual(newest);
	});
});
