// A full stop after a digit is a date or an ordinal ("12. März"), not the end of a sentence.
const sentenceEnd = /(?<=(?<!\d)\.|[!?])\s+(?=\p{Lu}|\d)/u;

/**
 * The pieces a page is read aloud in: one line or sentence each. Chrome stops a single long
 * utterance after about 15 seconds, and short pieces also let pause and stop act at once.
 */
export function speechChunks(text: string): string[] {
	return text
		.split(/\n+/)
		.flatMap((line) => line.split(sentenceEnd))
		.map((piece) => piece.replace(/\s+/g, ' ').trim())
		.filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}

/** A voice for the page's language ("de" finds "de-DE"), or none, so the browser picks. */
export function voiceFor<Voice extends { lang: string; default?: boolean }>(
	voices: readonly Voice[],
	lang: string
): Voice | undefined {
	const base = lang.toLowerCase().split('-')[0];
	const matching = voices.filter(
		(voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base
	);
	return matching.find((voice) => voice.default) ?? matching[0];
}

/** What is not read: text only for screen readers, pictograms, form controls, our own buttons. */
const notRead =
	'.visually-hidden, [aria-hidden="true"], script, style, template, svg, select, textarea, input';

/**
 * The text a sighted reader sees in `root`, one block per line (browser only). innerText would
 * also read text meant only for screen readers ("(im Wörterbuch erklärt)"), as lines of their own.
 */
export function visibleText(root: Element, skip: (element: Element) => boolean): string {
	const pieces: string[] = [];
	const visit = (node: Node): void => {
		if (node.nodeType === Node.TEXT_NODE) {
			pieces.push(node.textContent ?? '');
			return;
		}
		if (!(node instanceof Element) || skip(node) || node.matches(notRead)) return;
		if (
			typeof node.checkVisibility === 'function' &&
			!node.checkVisibility({ visibilityProperty: true })
		)
			return;
		const block = !getComputedStyle(node).display.startsWith('inline');
		if (block) pieces.push('\n');
		node.childNodes.forEach(visit);
		if (block) pieces.push('\n');
	};
	root.childNodes.forEach(visit);
	return pieces.join('');
}
