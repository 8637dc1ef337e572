import type { IconName } from '$lib/components/Icon.svelte';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime';

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/**
 * The hard words of the portal (Wörterbuch / Hard words). Each has its anchor on /help/words,
 * a pictogram, and per language the word, its explanation and the forms that link to it
 * ("Modul|Module|Modulen"), so a new language brings its own word forms in its message file.
 */
export interface GlossaryEntry {
	id: string;
	icon: IconName;
	term: Message;
	explanation: Message;
	forms: Message;
}

export const glossary: readonly GlossaryEntry[] = [
	{
		id: 'module',
		icon: 'modules',
		term: m.glossary_module_term,
		explanation: m.glossary_module_text,
		forms: m.glossary_module_forms
	},
	{
		id: 'personal-budget',
		icon: 'wallet',
		term: m.glossary_personal_budget_term,
		explanation: m.glossary_personal_budget_text,
		forms: m.glossary_personal_budget_forms
	},
	{
		id: 'funder',
		icon: 'funder',
		term: m.glossary_funder_term,
		explanation: m.glossary_funder_text,
		forms: m.glossary_funder_forms
	},
	{
		id: 'support-hour',
		icon: 'hours',
		term: m.glossary_support_hour_term,
		explanation: m.glossary_support_hour_text,
		forms: m.glossary_support_hour_forms
	},
	{
		id: 'reflection',
		icon: 'reflection',
		term: m.glossary_reflection_term,
		explanation: m.glossary_reflection_text,
		forms: m.glossary_reflection_forms
	},
	{
		id: 'documentation',
		icon: 'documents',
		term: m.glossary_documentation_term,
		explanation: m.glossary_documentation_text,
		forms: m.glossary_documentation_forms
	},
	{
		id: 'final-report',
		icon: 'report',
		term: m.glossary_final_report_term,
		explanation: m.glossary_final_report_text,
		forms: m.glossary_final_report_forms
	},
	{
		id: 'icf',
		icon: 'icf',
		term: m.glossary_icf_term,
		explanation: m.glossary_icf_text,
		forms: m.glossary_icf_forms
	},
	{
		id: 'agreement',
		icon: 'agreement',
		term: m.glossary_agreement_term,
		explanation: m.glossary_agreement_text,
		forms: m.glossary_agreement_forms
	},
	{
		id: 'provider',
		icon: 'provider',
		term: m.glossary_provider_term,
		explanation: m.glossary_provider_text,
		forms: m.glossary_provider_forms
	},
	{
		id: 'service-provider',
		icon: 'provider',
		term: m.glossary_service_provider_term,
		explanation: m.glossary_service_provider_text,
		forms: m.glossary_service_provider_forms
	},
	{
		id: 'integration-service',
		icon: 'handshake',
		term: m.glossary_integration_service_term,
		explanation: m.glossary_integration_service_text,
		forms: m.glossary_integration_service_forms
	},
	{
		id: 'job-coaching',
		icon: 'work',
		term: m.glossary_job_coaching_term,
		explanation: m.glossary_job_coaching_text,
		forms: m.glossary_job_coaching_forms
	},
	{
		id: 'work-placement',
		icon: 'learn',
		term: m.glossary_work_placement_term,
		explanation: m.glossary_work_placement_text,
		forms: m.glossary_work_placement_forms
	},
	{
		id: 'trusted-person',
		icon: 'trustedPerson',
		term: m.glossary_trusted_person_term,
		explanation: m.glossary_trusted_person_text,
		forms: m.glossary_trusted_person_forms
	},
	{
		id: 'consultation',
		icon: 'reflection',
		term: m.glossary_consultation_term,
		explanation: m.glossary_consultation_text,
		forms: m.glossary_consultation_forms
	},
	{
		id: 'version',
		icon: 'notes',
		term: m.glossary_version_term,
		explanation: m.glossary_version_text,
		forms: m.glossary_version_forms
	},
	{
		id: 'draft',
		icon: 'notes',
		term: m.glossary_draft_term,
		explanation: m.glossary_draft_text,
		forms: m.glossary_draft_forms
	},
	{
		id: 'character',
		icon: 'textSize',
		term: m.glossary_character_term,
		explanation: m.glossary_character_text,
		forms: m.glossary_character_forms
	},
	{
		id: 'json',
		icon: 'data',
		term: m.glossary_json_term,
		explanation: m.glossary_json_text,
		forms: m.glossary_json_forms
	},
	{
		id: 'registered-association',
		icon: 'provider',
		term: m.glossary_registered_association_term,
		explanation: m.glossary_registered_association_text,
		forms: m.glossary_registered_association_forms
	},
	{
		id: 'link',
		icon: 'share',
		term: m.glossary_link_term,
		explanation: m.glossary_link_text,
		forms: m.glossary_link_forms
	}
];

export function glossaryHref(id: string): string {
	return `/help/words#${id}`;
}

/** The entries in the reader's alphabetical order. */
export function glossaryInOrder(locale: Locale): GlossaryEntry[] {
	return [...glossary].sort((a, b) =>
		a.term({}, { locale }).localeCompare(b.term({}, { locale }), locale)
	);
}

export type TextPart = { text: string; glossaryId?: string };

/** Finds the forms of one language; longer forms first, so "Persönliches Budget" wins over "Budget". */
/** A hard word found in a text: where it starts, its words, and its glossary entry. */
interface FoundWord {
	index: number;
	word: string;
	id: string;
}

/** Texts whose hard words a matcher remembers; the screens' own texts are far fewer. */
const rememberedTexts = 5000;

export interface GlossaryMatcher {
	pattern: RegExp;
	idOf: Map<string, string>;
	/** Where the hard words are: the same texts come on every page, so each is searched once. */
	wordsIn(text: string): readonly FoundWord[];
}

export function glossaryMatcher(locale: Locale): GlossaryMatcher {
	const idOf = new Map<string, string>();
	for (const entry of glossary) {
		for (const form of entry.forms({}, { locale }).split('|')) {
			if (form.trim()) idOf.set(form.trim(), entry.id);
		}
	}
	const alternatives = [...idOf.keys()]
		.sort((a, b) => b.length - a.length)
		.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	// Whole words only: not inside a longer word, nor a part of a compound joined by a Mediopunkt
	// ("Budget" stays unlinked in "Budget·geber", which has an entry of its own). Case counts:
	// German "Links" (links) and "links" (left) are different words.
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}·])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}·])`,
		'gu'
	);
	const found = new Map<string, FoundWord[]>();
	function wordsIn(text: string): readonly FoundWord[] {
		let words = found.get(text);
		if (words === undefined) {
			words = [];
			for (const match of text.matchAll(pattern)) {
				const id = idOf.get(match[0]);
				if (id) words.push({ index: match.index, word: match[0], id });
			}
			if (found.size >= rememberedTexts) found.clear();
			found.set(text, words);
		}
		return words;
	}
	return { pattern, idOf, wordsIn };
}

/**
 * Splits a text into plain parts and hard words to link. `claim` decides per word whether this
 * text links it (the first mention on a page does, later ones do not).
 */
export function glossaryParts(
	text: string,
	matcher: GlossaryMatcher,
	claim: (id: string) => boolean
): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const { index, word, id } of matcher.wordsIn(text)) {
		if (!claim(id)) continue;
		if (index > last) parts.push({ text: text.slice(last, index) });
		parts.push({ text: word, glossaryId: id });
		last = index + word.length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}

const matchers = new Map<Locale, GlossaryMatcher>();

/** The matcher of a language, built once. */
export function matcherFor(locale: Locale): GlossaryMatcher {
	let matcher = matchers.get(locale);
	if (!matcher) matchers.set(locale, (matcher = glossaryMatcher(locale)));
	return matcher;
}

/**
 * Which text on a page links which hard word: the first text that asks keeps the word, so each
 * word links once per page. Texts ask as they render, in document order on the server and in the
 * browser alike, so both render the same links.
 */
export class PageGlossaryClaims {
	readonly #holders = new Map<string, object>();

	/** For one text: may it link this word? The same text may ask again when it re-renders. */
	claimerFor(owner: object): (id: string) => boolean {
		return (id) => {
			const holder = this.#holders.get(id);
			if (holder && holder !== owner) return false;
			this.#holders.set(id, owner);
			return true;
		};
	}
}
