import { describe, expect, it } from 'vitest';
import { hasForbiddenCharacters } from './text-input';

describe('hasForbiddenCharacters', () => {
	it('allows ordinary text with line breaks, tabs, umlauts, middle dots and right-to-left scripts', () => {
		expect(
			hasForbiddenCharacters('Ich möchte im Lager arbeiten.\r\nDas Einstiegs·phase\tgut.')
		).toBe(false);
		expect(hasForbiddenCharacters('مرحبا 👋 שלום')).toBe(false);
	});

	it.each([
		['NUL', 'a\u0000b'],
		['ESC', 'a\u001b[31mb'],
		['DEL', 'a\u007fb'],
		['a C1 control', 'a\u0085b'],
		['right-to-left override', 'invoice\u202Efdp.exe'],
		['left-to-right embedding', 'a\u202Ab'],
		['first strong isolate', 'a\u2068b']
	])('refuses %s', (_name, text) => {
		expect(hasForbiddenCharacters(text)).toBe(true);
	});
});
