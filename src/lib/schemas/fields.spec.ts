import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { hourEntrySchema } from './hours';
import { feedbackSchema } from './feedback';
import { limitedText, wholeNumber } from './fields';

describe('wholeNumber', () => {
	it('reads decimal digits', () => {
		expect(wholeNumber().parse('15')).toBe(15);
		expect(wholeNumber().parse('0450')).toBe(450);
	});

	it.each(['0x0f', '1e2', ' 15', '15 ', '', '-15', '1.5', '15abc', '99999999999'])(
		'refuses %j',
		(value) => {
			expect(wholeNumber().safeParse(value).success).toBe(false);
		}
	);

	it('makes the hour form refuse "0x0f" minutes with the usual duration error', () => {
		const result = hourEntrySchema.safeParse({
			date: '2027-01-12',
			minutes: '0x0f',
			kind: 'with_participant',
			requestKey: crypto.randomUUID()
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({
			path: ['minutes'],
			message: m.staff_error_duration()
		});
	});
});

describe('limitedText', () => {
	const text = limitedText(100, () => 'too long');

	it('refuses NUL, ESC and a right-to-left override with the hidden-character error', () => {
		for (const value of ['a\u0000b', 'rot \u001b[31m', 'rechnung\u202Efdp.exe']) {
			const result = text.safeParse(value);
			expect(result.error?.issues[0]?.message).toBe(m.text_error_hidden_characters());
		}
	});

	it('keeps line breaks and tabs', () => {
		expect(text.parse('Zeile eins\nZeile zwei\tmit Tab')).toBe('Zeile eins\nZeile zwei\tmit Tab');
	});

	it('guards the feedback texts too', () => {
		const result = feedbackSchema.safeParse({
			rating: '4',
			good: 'gut\u0000',
			requestKey: crypto.randomUUID()
		});
		expect(result.error?.issues[0]).toMatchObject({
			path: ['good'],
			message: m.text_error_hidden_characters()
		});
	});
});
