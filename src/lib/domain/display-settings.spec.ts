import { describe, expect, it } from 'vitest';
import { defaultDisplaySettings, parseDisplaySettings } from './display-settings';

describe('parseDisplaySettings', () => {
	it.each([
		[
			{ textSize: 'very-large', contrast: 'high' },
			{ textSize: 'very-large', contrast: 'high' }
		],
		[
			{ textSize: 'large', contrast: 'normal' },
			{ textSize: 'large', contrast: 'normal' }
		]
	])('keeps known values: %o', (stored, shown) => {
		expect(parseDisplaySettings(stored)).toEqual(shown);
	});

	it('falls back to the defaults when nothing is stored', () => {
		expect(parseDisplaySettings({})).toEqual(defaultDisplaySettings);
	});

	it.each([
		[
			{ textSize: 'huge', contrast: 'high' },
			{ textSize: 'normal', contrast: 'high' }
		],
		[
			{ textSize: 'large', contrast: '"><script>' },
			{ textSize: 'large', contrast: 'normal' }
		]
	])('falls back field by field for unknown values: %o', (stored, shown) => {
		expect(parseDisplaySettings(stored)).toEqual(shown);
	});

	it('does not accept inherited object keys as values', () => {
		expect(parseDisplaySettings({ textSize: 'toString', contrast: 'constructor' })).toEqual(
			defaultDisplaySettings
		);
	});
});
