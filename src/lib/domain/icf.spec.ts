import { describe, expect, it } from 'vitest';
import {
	findIcfCategory,
	icfCategories,
	icfCoreSetCodes,
	icfNotation,
	icfQualifiers,
	validateIcfRating,
	type IcfRating
} from './icf';

// Brief ICF Core Set for Vocational Rehabilitation (Finger et al. 2012); sources in icf.ts.
const briefCoreSet = [
	'b130',
	'b164',
	'b455',
	'd155',
	'd240',
	'd720',
	'd845',
	'd850',
	'd855',
	'e310',
	'e330',
	'e580',
	'e590'
];

const rating = (fields: Partial<IcfRating> & { code: string }): IcfRating => ({
	comment: '',
	...fields
});

describe('ICF categories', () => {
	it('holds exactly the brief core set for vocational rehabilitation: 3 b, 6 d, 4 e', () => {
		expect(icfCoreSetCodes).toEqual(briefCoreSet);
		const core = icfCategories.filter((entry) => entry.coreSet);
		expect(core).toHaveLength(13);
		expect(core.filter((entry) => entry.component === 'b')).toHaveLength(3);
		expect(core.filter((entry) => entry.component === 'd')).toHaveLength(6);
		expect(core.filter((entry) => entry.component === 'e')).toHaveLength(4);
	});

	it('adds further categories beyond the core set', () => {
		expect(icfCategories.length - icfCoreSetCodes.length).toBeGreaterThanOrEqual(12);
		expect(findIcfCategory('d175')?.coreSet).toBe(false);
	});

	it('uses unique second-level codes that match their component', () => {
		const codes = icfCategories.map((entry) => entry.code);
		expect(new Set(codes).size).toBe(codes.length);
		for (const entry of icfCategories) {
			expect(entry.code).toMatch(/^[bde]\d{3}$/);
			expect(entry.code.charAt(0)).toBe(entry.component);
		}
	});

	it('is ordered by component b, d, e and then by code', () => {
		const rank = { b: 0, d: 1, e: 2 };
		const sorted = [...icfCategories].sort(
			(a, b) => rank[a.component] - rank[b.component] || a.code.localeCompare(b.code)
		);
		expect(icfCategories.map((entry) => entry.code)).toEqual(sorted.map((entry) => entry.code));
	});

	it('keeps the official titles the report quotes', () => {
		expect(findIcfCategory('b130')?.title).toEqual({
			de: 'Funktionen der psychischen Energie und des Antriebs',
			en: 'Energy and drive functions'
		});
		expect(findIcfCategory('d845')?.title.de).toBe('Eine Arbeit erhalten, behalten und beenden');
		expect(findIcfCategory('d850')?.title.de).toBe('Bezahlte Tätigkeit');
		expect(findIcfCategory('e310')?.title.de).toBe('Engster Familienkreis');
		expect(findIcfCategory('e590')?.title).toEqual({
			de: 'Dienste, Systeme und Handlungsgrundsätze des Arbeits- und Beschäftigungswesens',
			en: 'Labour and employment services, systems and policies'
		});
	});

	it('finds categories by code and nothing for unknown codes', () => {
		expect(findIcfCategory('d240')?.component).toBe('d');
		expect(findIcfCategory('d999')).toBeUndefined();
		expect(findIcfCategory('')).toBeUndefined();
	});
});

describe('easy-language texts', () => {
	const abbreviations = ['z. B.', 'bzw.', 'ggf.', 'usw.', 'ca.', 'Std.', 'e.g.', 'etc.'];
	const texts = icfCategories.flatMap((entry) => [
		{ code: entry.code, lang: 'de', text: entry.easy.de },
		{ code: entry.code, lang: 'en', text: entry.easy.en }
	]);

	it('has a title and an explanation in both languages for every category', () => {
		for (const entry of icfCategories) {
			expect(entry.title.de.trim(), entry.code).not.toBe('');
			expect(entry.title.en.trim(), entry.code).not.toBe('');
			expect(entry.easy.de.trim(), entry.code).not.toBe('');
			expect(entry.easy.en.trim(), entry.code).not.toBe('');
		}
	});

	it('keeps every sentence at 15 words or fewer', () => {
		for (const { code, lang, text } of texts) {
			for (const sentence of text.split(/[.!?]/)) {
				const words = sentence.trim().split(/\s+/).filter(Boolean);
				expect(words.length, `${code} ${lang}: ${sentence}`).toBeLessThanOrEqual(15);
			}
		}
	});

	it('stays short: one to three sentences', () => {
		for (const { code, lang, text } of texts) {
			const sentences = text.split(/[.!?]/).filter((part) => part.trim() !== '');
			expect(sentences.length, `${code} ${lang}`).toBeGreaterThanOrEqual(1);
			expect(sentences.length, `${code} ${lang}`).toBeLessThanOrEqual(3);
		}
	});

	it('uses no abbreviations', () => {
		for (const { code, lang, text } of texts) {
			for (const abbreviation of abbreviations) {
				expect(text.includes(abbreviation), `${code} ${lang} contains "${abbreviation}"`).toBe(
					false
				);
			}
		}
	});

	it('splits long German words with the middle dot', () => {
		for (const entry of icfCategories) {
			for (const word of entry.easy.de.split(/[\s,.]+/)) {
				if (word.length > 14) expect(word, entry.code).toContain('·');
			}
		}
	});
});

describe('ICF qualifiers', () => {
	const values = (list: readonly { value: string }[] | undefined) =>
		list?.map((entry) => entry.value);

	it('allows 0–4, 8 and 9 for body functions', () => {
		expect(values(icfQualifiers.b.qualifier)).toEqual(['0', '1', '2', '3', '4', '8', '9']);
		expect(icfQualifiers.b.performance).toBeUndefined();
	});

	it('allows the same scale for performance and capacity of activities and participation', () => {
		expect(values(icfQualifiers.d.performance)).toEqual(['0', '1', '2', '3', '4', '8', '9']);
		expect(values(icfQualifiers.d.capacity)).toEqual(['0', '1', '2', '3', '4', '8', '9']);
		expect(icfQualifiers.d.qualifier).toBeUndefined();
	});

	it('allows barriers 0–4 and facilitators +0…+4 for environmental factors', () => {
		expect(values(icfQualifiers.e.qualifier)).toEqual([
			'0',
			'1',
			'2',
			'3',
			'4',
			'+0',
			'+1',
			'+2',
			'+3',
			'+4',
			'8',
			'9'
		]);
	});

	it('labels every value for participants and for professionals', () => {
		for (const fields of Object.values(icfQualifiers)) {
			for (const list of Object.values(fields)) {
				for (const entry of list ?? []) {
					expect(
						entry.easy.de && entry.easy.en && entry.label.de && entry.label.en,
						entry.value
					).toBeTruthy();
				}
			}
		}
		const easy = (value: string) =>
			icfQualifiers.d.performance?.find((entry) => entry.value === value)?.easy.de;
		expect(easy('0')).toBe('kein Problem');
		expect(easy('2')).toBe('ein mittleres Problem');
		expect(easy('9')).toBe('passt hier nicht');
		const env = (value: string) =>
			icfQualifiers.e.qualifier?.find((entry) => entry.value === value);
		expect(env('2')?.easy.de).toBe('macht es mittel schwer');
		expect(env('+2')?.easy.de).toBe('hilft mittel');
		expect(env('3')?.label.en).toBe('severe barrier (50–95 %)');
		expect(env('+3')?.label.de).toBe('Förderfaktor erheblich ausgeprägt (50–95 %)');
	});
});

describe('validateIcfRating', () => {
	it('accepts complete ratings, with or without a comment', () => {
		expect(validateIcfRating(rating({ code: 'b130', qualifier: '2' }))).toEqual({ ok: true });
		expect(
			validateIcfRating(
				rating({ code: 'd845', performance: '2', capacity: '3', comment: 'Mit Job·coach' })
			)
		).toEqual({
			ok: true
		});
		expect(validateIcfRating(rating({ code: 'e310', qualifier: '+4' }))).toEqual({ ok: true });
		expect(validateIcfRating(rating({ code: 'e590', qualifier: '9' }))).toEqual({ ok: true });
	});

	it('rejects unknown codes', () => {
		expect(validateIcfRating(rating({ code: 'b999', qualifier: '1' }))).toEqual({
			ok: false,
			problem: 'unknown_code'
		});
		expect(validateIcfRating(rating({ code: 'B130', qualifier: '1' }))).toEqual({
			ok: false,
			problem: 'unknown_code'
		});
	});

	it('needs every qualifier the component uses', () => {
		expect(validateIcfRating(rating({ code: 'd845', performance: '2' }))).toEqual({
			ok: false,
			problem: 'missing_qualifier'
		});
		expect(validateIcfRating(rating({ code: 'd845', capacity: '2' }))).toEqual({
			ok: false,
			problem: 'missing_qualifier'
		});
		expect(validateIcfRating(rating({ code: 'b130' }))).toEqual({
			ok: false,
			problem: 'missing_qualifier'
		});
		expect(validateIcfRating(rating({ code: 'e310', qualifier: '' }))).toEqual({
			ok: false,
			problem: 'missing_qualifier'
		});
	});

	it('rejects values the component does not allow', () => {
		expect(validateIcfRating(rating({ code: 'e310', qualifier: '+5' }))).toEqual({
			ok: false,
			problem: 'invalid_qualifier'
		});
		expect(validateIcfRating(rating({ code: 'b130', qualifier: '+2' }))).toEqual({
			ok: false,
			problem: 'invalid_qualifier'
		});
		expect(validateIcfRating(rating({ code: 'd240', performance: '5', capacity: '1' }))).toEqual({
			ok: false,
			problem: 'invalid_qualifier'
		});
		expect(validateIcfRating(rating({ code: 'd240', performance: '+1', capacity: '1' }))).toEqual({
			ok: false,
			problem: 'invalid_qualifier'
		});
		expect(validateIcfRating(rating({ code: 'e330', qualifier: '2.' }))).toEqual({
			ok: false,
			problem: 'invalid_qualifier'
		});
	});

	it('reports a wrong value before a missing one', () => {
		expect(validateIcfRating(rating({ code: 'd845', performance: '', capacity: '7' }))).toEqual({
			ok: false,
			problem: 'invalid_qualifier'
		});
	});

	it('rejects a qualifier in a field the component does not use', () => {
		expect(validateIcfRating(rating({ code: 'b130', qualifier: '1', capacity: '2' }))).toEqual({
			ok: false,
			problem: 'invalid_qualifier'
		});
		expect(
			validateIcfRating(rating({ code: 'd845', performance: '1', capacity: '2', qualifier: '2' }))
		).toEqual({
			ok: false,
			problem: 'invalid_qualifier'
		});
	});
});

describe('icfNotation', () => {
	it('writes body functions with a point', () => {
		expect(icfNotation(rating({ code: 'b130', qualifier: '2' }))).toBe('b130.2');
		expect(icfNotation(rating({ code: 'b164', qualifier: '8' }))).toBe('b164.8');
	});

	it('writes performance, then capacity, for activities and participation', () => {
		expect(icfNotation(rating({ code: 'd845', performance: '2', capacity: '3' }))).toBe('d845.23');
		expect(icfNotation(rating({ code: 'd240', performance: '9', capacity: '0' }))).toBe('d240.90');
	});

	it('writes barriers with a point and facilitators with a plus sign', () => {
		expect(icfNotation(rating({ code: 'e310', qualifier: '2' }))).toBe('e310.2');
		expect(icfNotation(rating({ code: 'e310', qualifier: '+2' }))).toBe('e310+2');
		expect(icfNotation(rating({ code: 'e590', qualifier: '+0' }))).toBe('e590+0');
		expect(icfNotation(rating({ code: 'e580', qualifier: '8' }))).toBe('e580.8');
	});

	it('refuses invalid ratings instead of writing a wrong code', () => {
		expect(() => icfNotation(rating({ code: 'd845', performance: '2' }))).toThrow(
			/missing_qualifier/
		);
		expect(() => icfNotation(rating({ code: 'e310', qualifier: '+5' }))).toThrow(
			/invalid_qualifier/
		);
		expect(() => icfNotation(rating({ code: 'x123', qualifier: '1' }))).toThrow(/unknown_code/);
	});
});
