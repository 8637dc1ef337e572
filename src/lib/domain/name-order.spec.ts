import { describe, expect, it } from 'vitest';
import { nameOrderFolds, nameOrderKey, nameOrderSql } from './name-order';

const byKey = (names: string[]) =>
	[...names].sort((a, b) => (nameOrderKey(a) < nameOrderKey(b) ? -1 : 1));

describe('the order of names in staff lists', () => {
	it('puts umlauts, ß, accents and small first letters where a German phone book does', () => {
		const names = [
			'Zander Uwe',
			'Özdemir Ali',
			'Ozeki Jun',
			'Oberle Max',
			'de Vries Eva',
			'Dietrich Udo',
			'Ünal Ayşe',
			'Ulrich Lena',
			'Äbi Sara',
			'Abel Tom',
			'Šimić Ivan',
			'Simon Paul',
			'Straßer Jonas',
			'Strauch Ida',
			'Çelik Mert',
			'Cramer Nina'
		];
		const phoneBook = new Intl.Collator('de', { sensitivity: 'base' });
		expect(byKey(names)).toEqual([...names].sort(phoneBook.compare));
		expect(byKey(names).slice(0, 4)).toEqual(['Abel Tom', 'Äbi Sara', 'Çelik Mert', 'Cramer Nina']);
	});

	it('folds every capital it knows to a small letter, as SQLite will not', () => {
		for (const [letter, plain] of nameOrderFolds) {
			expect(nameOrderKey(letter)).toBe(plain);
			expect(plain).toMatch(/^[a-z]+$/);
		}
		expect(nameOrderKey('ÄÖÜ Straße')).toBe('aou strasse');
	});

	it('writes the same rule as SQL literals over a column', () => {
		const expression = nameOrderSql('"participant_name"');
		expect(expression.startsWith('replace(')).toBe(true);
		expect(expression).toContain('lower("participant_name")');
		expect(expression.match(/replace\(/g)).toHaveLength(nameOrderFolds.length);
		expect(expression).not.toContain('?');
	});
});
