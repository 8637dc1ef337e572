import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconNames } from './icon-names';

const sprite = readFileSync(new URL('./icons.svg', import.meta.url), 'utf8');

describe('the pictogram sprite', () => {
	it('has one drawing for every name a page can ask for, and no other', () => {
		const symbols = [...sprite.matchAll(/<symbol id="([^"]+)"/g)].map((match) => match[1]);
		expect(symbols).toEqual([...iconNames]);
	});

	it('draws every pictogram as a line in the text colour, never as a filled shape', () => {
		const drawings = [...sprite.matchAll(/<symbol [^>]*>(.*?)<\/symbol>/g)].map((m) => m[1]);
		expect(drawings).toHaveLength(iconNames.length);
		for (const drawing of drawings)
			expect(drawing).toMatch(/^<g fill="none" stroke="currentColor" stroke-width="2.25"/);
	});
});
