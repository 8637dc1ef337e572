import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	berlinDate,
	daysBetween,
	formatInstantDateTime,
	formatLongDate,
	formatMonth,
	isIsoDate,
	isIsoMonth,
	upcomingMonths
} from './dates';

describe('calendar dates', () => {
	it('accepts only real dates', () => {
		expect(isIsoDate('2027-03-12')).toBe(true);
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2027-02-29')).toBe(false);
		expect(isIsoDate('2027-13-01')).toBe(false);
		expect(isIsoDate('12.03.2027')).toBe(false);
		expect(isIsoMonth('2027-03')).toBe(true);
		expect(isIsoMonth('2027-00')).toBe(false);
	});

	it('adds days and months, keeping to the end of short months', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
		expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonths('2027-03-15', -12)).toBe('2026-03-15');
		expect(daysBetween('2027-01-01', '2027-03-01')).toBe(59);
	});

	it('takes the calendar day in Berlin, not in UTC', () => {
		// 23:30 UTC on 31 March is already 1 April in Berlin (summer time).
		expect(berlinDate(new Date('2027-03-31T23:30:00Z'))).toBe('2027-04-01');
		// 23:30 UTC on 31 December is 00:30 on 1 January in Berlin (winter time).
		expect(berlinDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
		expect(berlinDate(new Date('2027-01-01T10:00:00Z'))).toBe('2027-01-01');
	});

	it('lists the months to come from the Berlin month of now', () => {
		expect(upcomingMonths(new Date('2026-11-30T23:30:00Z'), 3)).toEqual([
			'2026-12',
			'2027-01',
			'2027-02'
		]);
	});

	it('writes dates in words', () => {
		expect(formatLongDate('2027-03-12', 'de')).toBe('12. März 2027');
		expect(formatLongDate('2027-03-12', 'en')).toBe('12 March 2027');
		expect(formatMonth('2027-03', 'de')).toBe('März 2027');
	});

	it('writes an instant with its Berlin time, to the minute', () => {
		expect(formatInstantDateTime(new Date('2026-12-01T09:15:00Z'), 'de')).toBe(
			'1. Dezember 2026, 10:15'
		);
		expect(formatInstantDateTime(new Date('2026-12-01T09:15:00Z'), 'en')).toBe(
			'1 December 2026, 10:15'
		);
		// Summer time, and a time after midnight that is still the day before in UTC.
		expect(formatInstantDateTime(new Date('2027-06-30T22:05:00Z'), 'de')).toBe(
			'1. Juli 2027, 00:05'
		);
	});
});
