import { describe, expect, it } from 'vitest';
import { speechChunks, voiceFor } from '$lib/components/read-aloud';

describe('speechChunks', () => {
	it('reads each line and each sentence as its own piece', () => {
		expect(
			speechChunks('Hallo Anna!\nSie haben 12 Stunden genutzt. Sie haben noch 36 Stunden.')
		).toEqual(['Hallo Anna!', 'Sie haben 12 Stunden genutzt.', 'Sie haben noch 36 Stunden.']);
	});

	it('keeps dates together and drops empty lines and lone symbols', () => {
		expect(speechChunks('Am 12. März 2027 ist das Gespräch.\n\n  \n–\n')).toEqual([
			'Am 12. März 2027 ist das Gespräch.'
		]);
	});

	it('joins the spaces inside a piece', () => {
		expect(speechChunks('Modul   anfragen\t jetzt')).toEqual(['Modul anfragen jetzt']);
	});
});

describe('voiceFor', () => {
	const voices = [
		{ name: 'English', lang: 'en-GB' },
		{ name: 'Deutsch 1', lang: 'de-DE' },
		{ name: 'Deutsch 2', lang: 'de_AT', default: true }
	];

	it('finds a voice of the page language, the default one first', () => {
		expect(voiceFor(voices, 'de')?.name).toBe('Deutsch 2');
		expect(voiceFor(voices, 'en')?.name).toBe('English');
	});

	it('finds none for a language without a voice', () => {
		expect(voiceFor(voices, 'ar')).toBeUndefined();
	});
});
