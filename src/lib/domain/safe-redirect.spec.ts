import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

const origin = 'https://portal.example.org';

describe('safeRedirectPath', () => {
	it('follows paths on this site, with query and hash', () => {
		expect(safeRedirectPath('/goals', origin)).toBe('/goals');
		expect(safeRedirectPath('/modules/entry?x=1#top', origin)).toBe('/modules/entry?x=1#top');
	});

	it('follows dot segments that stay on a normal path', () => {
		expect(safeRedirectPath('/x/../goals', origin)).toBe('/goals');
		expect(safeRedirectPath('/./start', origin)).toBe('/start');
	});

	it('keeps encoded slashes as part of the path', () => {
		expect(safeRedirectPath('/%2F%2Fevil.example', origin)).toBe('/%2F%2Fevil.example');
	});

	it.each([
		// Paths that resolve to "//evil.example", a protocol-relative address.
		['/.//evil.example'],
		['/%2e//evil.example'],
		['/x/..//evil.example'],
		['/x/../..//evil.example'],
		['/%2E%2E//evil.example'],
		// The usual list.
		['//evil.example/path'],
		['//evil.example'],
		['/\\evil.example'],
		['https://evil.example/'],
		['http:/evil.example'],
		['javascript:alert(1)'],
		['%2F%2Fevil.example'],
		['goals'],
		['/\t/evil.example'],
		['/\n/evil.example'],
		['/\r\n/evil.example'],
		['/ev\til.example'],
		[''],
		[null],
		[undefined]
	])('ignores %j', (target) => {
		expect(safeRedirectPath(target, origin)).toBeNull();
	});

	it('ignores absurdly long targets', () => {
		expect(safeRedirectPath('/' + 'a'.repeat(3000), origin)).toBeNull();
	});
});
