import { describe, expect, it } from 'vitest';
import { goalEventParts, goalEventSentence } from './goals';

describe('a goal change in parts', () => {
	const corrected = {
		at: new Date('2027-03-05T10:00:00Z'),
		actorName: 'Tom Keller',
		kind: 'text_changed' as const,
		toState: null,
		text: 'Ich fahre allein mit dem Bus.',
		reason: 'Tippfehler',
		lang: 'en'
	};

	it('says the same sentence, with the written words apart and in their language', () => {
		const parts = goalEventParts(corrected);
		expect(parts.map((part) => part.text).join('')).toBe(goalEventSentence(corrected));
		expect(parts.filter((part) => part.lang)).toEqual([
			{ text: 'Ich fahre allein mit dem Bus.', lang: 'en' },
			{ text: 'Tippfehler', lang: 'en' }
		]);
		expect(parts[0]).toEqual({ text: '5. März 2027: Tom Keller hat das Ziel geändert: ' });
	});

	it('has no written part when the change names no words', () => {
		const parts = goalEventParts({ ...corrected, kind: 'created', text: null, reason: null });
		expect(parts).toEqual([{ text: '5. März 2027: Tom Keller hat das Ziel aufgeschrieben.' }]);
	});
});
