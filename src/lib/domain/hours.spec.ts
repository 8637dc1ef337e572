import { describe, expect, it } from 'vitest';
import {
	byMonthNewestFirst,
	checkCap,
	durationChoices,
	forecastRunOut,
	isValidDuration,
	liveEntries,
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
