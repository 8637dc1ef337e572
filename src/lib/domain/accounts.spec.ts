import { describe, expect, it } from 'vitest';
import {
	firstFreeUsername,
	generateLetterCode,
	groupLetterCode,
	letterAlphabet,
	letterCodeLength,
	letterExpiry,
	letterLifetimeDays,
	letterState,
	normaliseLetterCode,
	suggestUsername,
	usernamePattern
} from './accounts';

const random = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

describe('letter codes', () => {
	it('are 14 signs of an alphabet without the letters people mix up', () => {
		for (let i = 0; i < 50; i++) {
			const code = generateLetterCode(random);
			expect(code).toHaveLength(letterCodeLength);
			for (const char of code) expect(letterAlphabet).toContain(char);
		}
		for (const confusable of ['0', 'O', '1', 'I', 'L', 'U', 'V']) {
			expect(letterAlphabet).not.toContain(confusable);
		}
		// 28 signs, 14 of them: more than 64 bits.
		expect(letterCodeLength * Math.log2(letterAlphabet.length)).toBeGreaterThan(64);
	});

	it('take no modulo bias from bytes past the last full round of the alphabet', () => {
		// Only bytes ≥ 252 (which would favour the first signs) at first: they are skipped.
		let call = 0;
		const biased = (bytes: Uint8Array) => {
			bytes.fill(call++ === 0 ? 255 : 0);
			return bytes;
		};
		expect(generateLetterCode(biased)).toBe('A'.repeat(letterCodeLength));
	});

	it('are read back whatever the case, spaces and dashes, and refused when they cannot be ours', () => {
		const code = 'ABCDEFGHJKMNPQ';
		expect(groupLetterCode(code)).toBe('ABCD-EFGH-JKMN-PQ');
		expect(normaliseLetterCode('abcd-efgh-jkmn-pq')).toBe(code);
		expect(normaliseLetterCode(' ABCD EFGH JKMN PQ ')).toBe(code);
		expect(normaliseLetterCode('ABCD-EFGH-JKMN-P')).toBeNull();
		expect(normaliseLetterCode('ABCD-EFGH-JKMN-P0')).toBeNull();
		expect(normaliseLetterCode('../../etc/passwd')).toBeNull();
	});
});

describe('letter lifetime', () => {
	const made = new Date('2026-12-01T10:00:00Z');
	const letter = { expiresAt: letterExpiry(made), usedAt: null, endedAt: null };

	it('is 14 days to the millisecond', () => {
		expect(letterLifetimeDays).toBe(14);
		expect(letter.expiresAt.toISOString()).toBe('2026-12-15T10:00:00.000Z');
		expect(letterState(letter, new Date('2026-12-15T09:59:59.999Z'))).toBe('valid');
		expect(letterState(letter, new Date('2026-12-15T10:00:00.000Z'))).toBe('expired');
	});

	it('ends with its first use and with a newer letter', () => {
		expect(letterState({ ...letter, usedAt: made, endedAt: made }, made)).toBe('used');
		expect(letterState({ ...letter, endedAt: made }, made)).toBe('ended');
	});
});

describe('user names', () => {
	it('are suggested from the name, in the form the login takes', () => {
		expect(suggestUsername('Clara Müller')).toBe('clara.mueller');
		expect(suggestUsername('  Şahin  Yılmaz-Öztürk ')).toBe('sahin.yilmaz.oeztuerk');
		expect(suggestUsername('Jo')).toBe('jouser');
		for (const name of ['Clara Müller', 'Łukasz Nowak', 'Ana', '李']) {
			expect(suggestUsername(name)).toMatch(usernamePattern);
		}
	});

	it('take the next free number when the name is taken', () => {
		expect(firstFreeUsername('clara', new Set())).toBe('clara');
		expect(firstFreeUsername('clara', new Set(['clara', 'clara2']))).toBe('clara3');
	});
});
