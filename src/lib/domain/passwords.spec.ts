import { describe, expect, it } from 'vitest';
import {
	isCommonPassword,
	newPasswordProblem,
	passwordLength,
	passwordMinLength
} from './passwords';

describe('the rule for a new password', () => {
	it('asks for at least 8 characters, and nothing about their kind', () => {
		expect(passwordMinLength).toBe(8);
		expect(newPasswordProblem('kurz')).toBe('too-short');
		expect(newPasswordProblem('blumen7')).toBe('too-short');
		// Only small letters, no digit, no symbol: fine when it is long enough and not common.
		expect(newPasswordProblem('gurkenglasdeckel')).toBeNull();
		// Spaces are characters like any other.
		expect(newPasswordProblem('mein haus')).toBeNull();
	});

	it('takes any characters and counts them as a person does', () => {
		expect(passwordLength('äöüßäöüß')).toBe(8);
		expect(newPasswordProblem('äöüßäöüß')).toBeNull();
		// Seven emoji are seven characters (14 UTF-16 units): too short; eight are enough.
		expect(newPasswordProblem('🌻🌻🌻🌻🌻🌻🌻')).toBe('too-short');
		expect(newPasswordProblem('🌻🌷🌼🌸🌹🌺🪻🪷')).toBeNull();
		// "ä" written as "a" + combining diaeresis is one character too.
		expect(passwordLength('a\u0308'.repeat(8))).toBe(8);
		expect(newPasswordProblem('Mein Garten hat 3 Beete!')).toBeNull();
		expect(newPasswordProblem('пароль-огород')).toBeNull();
	});

	it('refuses the most common passwords, whatever their capitals', () => {
		for (const common of ['password', 'PASSWORD', 'Passwort', '12345678', 'qwertyuiop', 'iloveyou'])
			expect(newPasswordProblem(common), common).toBe('common');
		expect(isCommonPassword('Sunshine')).toBe(true);
		expect(isCommonPassword(' password ')).toBe(true);
		expect(isCommonPassword('gurkenglasdeckel')).toBe(false);
	});

	it('takes the list from the package, tens of thousands of entries, not a hand-written few', () => {
		// A word far down the list: a short list written by hand would not know it.
		const fromTheList = ['basketball', 'superman', 'schalke04', 'hallo123'];
		for (const password of fromTheList) expect(isCommonPassword(password), password).toBe(true);
	});
});
