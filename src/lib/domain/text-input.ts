/**
 * Characters a person never means to type into a text field: control characters other than
 * line breaks and tabs (NUL, ESC, …) and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that make a text read differently from how it is stored
 * ("Trojan Source"). They arrive by copy and paste or from scripts, never from a keyboard.
 */
const forbiddenCharacters =
	// eslint-disable-next-line no-control-regex -- control characters are what it is about
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function hasForbiddenCharacters(text: string): boolean {
	return forbiddenCharacters.test(text);
}
