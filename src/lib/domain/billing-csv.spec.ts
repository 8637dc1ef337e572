import { describe, expect, it } from 'vitest';
import { billingCsv, hoursWithComma } from './billing-csv';

describe('billing CSV', () => {
	it('writes hours with a decimal comma', () => {
		expect(hoursWithComma(90)).toBe('1,50');
		expect(hoursWithComma(2880)).toBe('48,00');
		expect(hoursWithComma(15)).toBe('0,25');
	});

	it('starts with a byte order mark and separates with semicolons', () => {
		const csv = billingCsv(
			'2027-03',
			[
				{
					participantName: 'Anna Berger',
					moduleName: 'Einstiegsphase',
					moduleCode: 'entry',
					minutes: 75
				}
			],
			['Monat', 'Name', 'Modul', 'Code', 'Stunden']
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'Monat;Name;Modul;Code;Stunden',
			'2027-03;Anna Berger;Einstiegsphase;entry;1,25',
			''
		]);
	});

	it('quotes separators and defuses formulas', () => {
		const csv = billingCsv(
			'2027-03',
			[{ participantName: '=HYPERLINK("x")', moduleName: 'A;B', moduleCode: 'entry', minutes: 60 }],
			['a', 'b', 'c', 'd', 'e']
		);
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(csv).toContain('"A;B"');
	});
});
