import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import { glossary, glossaryMatcher, glossaryParts, type TextPart } from '$lib/text/glossary';

/** Links every word the first time, as on a fresh page. */
function linkAll(text: string, locale: (typeof locales)[number] = 'de'): TextPart[] {
	const linked = new Set<string>();
	return glossaryParts(text, glossaryMatcher(locale), (id) =>
		linked.has(id) ? false : (linked.add(id), true)
	);
}

const linkedIds = (parts: TextPart[]) =>
	parts.filter((part) => part.glossaryId).map((part) => `${part.text}→${part.glossaryId}`);

describe('the glossary', () => {
	it('explains every hard word the writing guide names', () => {
		expect(glossary.map((entry) => entry.id)).toEqual(
			expect.arrayContaining([
				'module',
				'personal-budget',
				'support-hour',
				'reflection',
				'documentation',
				'final-report',
				'icf',
				'agreement',
				'provider',
				'service-provider',
				'funder'
			])
		);
	});

	it.each(locales)('in %s, every word links by its own name and has an explanation', (locale) => {
		for (const entry of glossary) {
			expect(linkedIds(linkAll(entry.term({}, { locale }), locale)), entry.id).toEqual([
				`${entry.term({}, { locale })}→${entry.id}`
			]);
			expect(entry.explanation({}, { locale }).length, entry.id).toBeGreaterThan(20);
		}
	});

	it('uses each anchor once', () => {
		expect(new Set(glossary.map((entry) => entry.id)).size).toBe(glossary.length);
	});
});

describe('glossaryParts', () => {
	it('links hard words and keeps the rest of the text as it is', () => {
		const parts = linkAll('Das Budget bezahlt diese Fach·leistungs·stunden.');
		expect(parts.map((part) => part.text).join('')).toBe(
			'Das Budget bezahlt diese Fach·leistungs·stunden.'
		);
		expect(linkedIds(parts)).toEqual([
			'Budget→personal-budget',
			'Fach·leistungs·stunden→support-hour'
		]);
	});

	it('links a word only the first time', () => {
		expect(linkedIds(linkAll('Ein Modul. Noch ein Modul. Module!'))).toEqual(['Modul→module']);
	});

	it('prefers the longer form and leaves parts of compound words alone', () => {
		expect(linkedIds(linkAll('Ihr Persönliches Budget zahlt der Budget·geber.'))).toEqual([
			'Persönliches Budget→personal-budget',
			'Budget·geber→funder'
		]);
		expect(linkedIds(linkAll('Das Gesamt·modul und die Modulnummer'))).toEqual([]);
	});

	it('tells German nouns from other words by their capital letter', () => {
		expect(linkedIds(linkAll('Der Knopf ist links.'))).toEqual([]);
		expect(linkedIds(linkAll('Sie machen einen Link.'))).toEqual(['Link→link']);
	});

	it('finds English forms in English texts', () => {
		expect(linkedIds(linkAll('You decide if the funder gets the final report.', 'en'))).toEqual([
			'funder→funder',
			'final report→final-report'
		]);
	});

	it('skips words another text on the page has linked already', () => {
		const parts = glossaryParts(
			'Das Modul und die Dokumentation.',
			glossaryMatcher('de'),
			(id) => id !== 'module'
		);
		expect(linkedIds(parts)).toEqual(['Dokumentation→documentation']);
	});

	it('finds the words of a text once, and still asks each page which ones it may link', () => {
		const matcher = glossaryMatcher('de');
		const text = 'Das Modul und die Dokumentation.';
		expect(matcher.wordsIn(text)).toBe(matcher.wordsIn(text));
		expect(linkedIds(glossaryParts(text, matcher, () => true))).toEqual([
			'Modul→module',
			'Dokumentation→documentation'
		]);
		const nothingLeft = glossaryParts(text, matcher, () => false);
		expect(linkedIds(nothingLeft)).toEqual([]);
		expect(nothingLeft.map((part) => part.text).join('')).toBe(text);
	});
});
