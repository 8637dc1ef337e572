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
export function voiceFor<Voice extends { lang: string; default?: boolean }>(voices: readonly Voice[], lang: string): Voice | undefined {
	const base = lang.toLowerCase().split('-')[0];
	const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
	return matching.find((voice) => voice.default) ?? matching[0];
}
