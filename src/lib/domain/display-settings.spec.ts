import { describe, expect, it } from 'vitest';
import { defaultDisplaySettings, parseDisplaySettings } from './display-settings';

describe('parseDisplaySettings', () => {
	it('keeps known values', () => {
		expect(parseDisplaySettings({ textSize: 'very-large', contrast: 'high' })).toEqual({
			textSize: 'very-large',
			contrast: 'high'
		});
		expect(parseDisplaySettings({ textSize: 'large', contrast: 'normal' })).toEqual({
			textSize: 'large',
			contrast: 'normal'
		});
	});

	it('falls back to the defaults when nothing is stored', () => {
		expect(parseDisplaySettings({})).toEqual(defaultDisplaySettings);
	});

	it('falls back field by field for unknown values', () => {
		expect(parseDisplaySettings({ textSize: 'huge', contrast: 'high' })).toEqual({
			textSize: 'normal',
			contrast: 'high'
		});
		expect(parseDisplaySettings({ textSize: 'large', contrast: '"><script>' })).toEqual({
			textSize: 'large',
			contrast: 'normal'
		});
	});

	it('does not accept inherited object keys as values', () => {
		expect(parseDisplaySettings({ textSize: 'toString', contrast: 'constructor' })).toEqual(
			defaultDisplaySettings
		);
	});
});
