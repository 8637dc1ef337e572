/**
 * Rules for accounts that staff make for people: user names, login letters, closing.
 * Pure: no I/O, so every rule is tested on its own.
 */

/** Letters: the one-time link is valid this long (two weeks: post, a talk, a second try). */
export const letterLifetimeDays = 14;
export const letterLifetimeMs = letterLifetimeDays * 24 * 60 * 60 * 1000;

/**
 * The letter's code: base32 without the letters people mix up when they type from paper
 * (0/O, 1/I/L, U/V). 28 signs give 4.8 bits each; 14 signs are 67 bits, beyond guessing
 * within 14 days under the sign-in limit, and short enough to type as three groups.
 */
export const letterAlphabet = 'ABCDEFGHJKMNPQRSTWXYZ23456789';
export const letterCodeLength = 14;

/** A fresh code from the alphabet, without modulo bias. */
export function generateLetterCode(random: (bytes: Uint8Array) => Uint8Array): string {
	let code = '';
	const limit = 256 - (256 % letterAlphabet.length);
	while (code.length < letterCodeLength) {
		for (const byte of random(new Uint8Array(32))) {
			if (byte >= limit) continue;
			code += letterAlphabet[byte % letterAlphabet.length];
			if (code.length === letterCodeLength) break;
		}
	}
	return code;
}

/**
 * What a person typed or scanned, as the stored code: upper case, without spaces and dashes.
 * Null when it cannot be one of ours, so nothing needs to be looked up.
 */
export function normaliseLetterCode(input: string): string | null {
	const code = input.replace(/[\s-]/g, '').toUpperCase();
	if (code.length !== letterCodeLength) return null;
	for (const char of code) if (!letterAlphabet.includes(char)) return null;
	return code;
}

/** "ABCD-EFGH-JKMN-PQ": groups of four to read and type. */
export function groupLetterCode(code: string): string {
	return code.match(/.{1,4}/g)?.join('-') ?? code;
}

export type LetterState = 'valid' | 'used' | 'ended' | 'expired';

export function letterState(
	letter: { expiresAt: Date; usedAt: Date | null; endedAt: Date | null },
	now: Date
): LetterState {
	if (letter.usedAt) return 'used';
	if (letter.endedAt) return 'ended';
	return now.getTime() < letter.expiresAt.getTime() ? 'valid' : 'expired';
}

export function letterExpiry(createdAt: Date): Date {
	return new Date(createdAt.getTime() + letterLifetimeMs);
}

/** User names: lower-case letters, digits, dot, dash and underscore; 3 to 40 signs. */
export const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,39}$/;

const transliterations: Record<string, string> = {
	ä: 'ae',
	ö: 'oe',
	ü: 'ue',
	ß: 'ss',
	æ: 'ae',
	ø: 'oe',
	å: 'aa',
	ı: 'i',
	ł: 'l'
};

/**
 * A user name from a person's name: "Clara Müller" → "clara.mueller". Letters outside
 * a–z lose their accents; what is left over is dropped.
 */
export function suggestUsername(name: string): string {
	const plain = name
		.toLowerCase()
		.replace(/[äöüßæøåıł]/g, (char) => transliterations[char] ?? char)
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
	const words = plain.split(/[^a-z0-9]+/).filter(Boolean);
	const base = words.join('.').slice(0, 32).replace(/\.$/, '');
	return base.length >= 3 ? base : (base + 'user').slice(0, 8);
}

/** The next free name: "clara", "clara2", "clara3" … */
export function firstFreeUsername(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}${n}`;
		if (!taken.has(candidate)) return candidate;
	}
}
