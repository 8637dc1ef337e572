import { describe, expect, it } from 'vitest';
import { applySecurityHeaders } from './security-headers';

describe('applySecurityHeaders', () => {
	it('marks every answer private and not to be stored, and refuses sniffing and framing', () => {
		const headers = new Headers({ 'cache-control': 'public, max-age=3600' });
		applySecurityHeaders(headers, { https: false });
		expect(headers.get('cache-control')).toBe('private, no-store');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.has('strict-transport-security')).toBe(false);
	});

	it('keeps a stricter referrer policy and the page policy that are already set', () => {
		const headers = new Headers({
			'referrer-policy': 'no-referrer',
			'content-security-policy': "default-src 'self'; frame-ancestors 'none'"
		});
		applySecurityHeaders(headers, { https: false });
		expect(headers.get('referrer-policy')).toBe('no-referrer');
		expect(headers.get('content-security-policy')).toBe(
			"default-src 'self'; frame-ancestors 'none'"
		);
	});

	it('asks browsers to keep to https for a year when the portal runs on https', () => {
		const headers = new Headers();
		applySecurityHeaders(headers, { https: true });
		expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
	});
});
