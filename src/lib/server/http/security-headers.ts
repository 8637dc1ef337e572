/**
 * Headers every answer of the app carries (OWASP ASVS V3.4), whatever its type: pages, page
 * data, downloads, redirects and errors. Static files (fonts, scripts) come from adapter-node
 * directly and hold nothing personal.
 */
export function applySecurityHeaders(headers: Headers, options: { https: boolean }): void {
	// Everything here depends on who asks: a shared computer's Back button or a proxy must not
	// show one person's notes to the next.
	headers.set('cache-control', 'private, no-store');
	headers.set('x-content-type-options', 'nosniff');
	// Share pages set no-referrer themselves: their address is the key to a document.
	if (!headers.has('referrer-policy'))
		headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	// Pages get the full policy from SvelteKit's csp setting; every other type at least this.
	if (!headers.has('content-security-policy'))
		headers.set('content-security-policy', "frame-ancestors 'none'");
	headers.set('x-frame-options', 'DENY');
	if (options.https)
		headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
