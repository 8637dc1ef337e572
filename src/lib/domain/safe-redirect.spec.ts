import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
	it('follows paths on this site, with query and hash', () => {
		expect(safeRedirectPath('/goals')).toBe('/goals');
		expect(safeRedirectPath('/modules/entry?x=1#top')).toBe('/modules/entry?x=1#top');
	});

	it.each([
		['//evil.example/path'],
		['/\\evil.example'],
		['https://evil.example/'],
		['http:/evil.example'],
		['javascript:alert(1)'],
		['goals'],
		['/\t/evil.example'],
		[''],
		[null],
		[undefined]
	])('ignores %j', (target) => {
		expect(safeRedirectPath(target)).toBeNull();
	});

	it('ignores absurdly long targets', () => {
		expect(safeRedirectPath('/' + 'a'.repeat(3000))).toBeNull();
	});
});
