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
