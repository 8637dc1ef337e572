import { getLocale } from '$lib/paraglide/runtime';

/**
 * What people write is kept in the language of the page they wrote it on (WCAG 3.1.2: a page
 * marks text in another language). Services store `writingLanguage()` with each text; pages put
 * `lang={otherLanguage(row.lang)}` on the element that holds it.
 */

/** The page language of the request that writes a text (German outside a request). */
export function writingLanguage(): string {
	return getLocale();
}

/** The text's language when it differs from the page's, else undefined (no attribute). */
export function otherLanguage(lang: string | null | undefined): string | undefined {
	return lang && lang !== getLocale() ? lang : undefined;
}

/** A piece of a sentence; `lang` when it is what a person wrote, in the language they wrote it in. */
export interface SentencePart {
	text: string;
	lang?: string;
}

/**
 * Stand-ins for what people wrote (private-use characters, in no message): a sentence is built
 * in the reader's language around them first, then cut there (splitAtWritten).
 */
export const writtenSlots = ['\u{E000}', '\u{E001}'] as const;

/**
 * The sentence `framed` (built with writtenSlots in place of the written words) in parts: the
 * written words apart from the words around them, so a page can mark their language.
 */
export function splitAtWritten(
	framed: string,
	written: readonly { text: string; lang?: string }[]
): SentencePart[] {
	return framed
		.split(/(\u{E000}|\u{E001})/u)
		.filter((part) => part !== '')
		.map((part) => {
			const index = writtenSlots.indexOf(part as (typeof writtenSlots)[number]);
			const words = written[index];
			return index < 0 || !words ? { text: part } : { text: words.text, lang: words.lang };
		});
}
