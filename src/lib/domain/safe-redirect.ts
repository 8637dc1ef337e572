/**
 * Returns `target` when it is a path on this site, otherwise null.
 * Only relative paths that start with a single "/" are followed: "//evil.example",
 * "/\\evil.example", "https://…" and "javascript:…" all leave the site in some browser.
 */
export function safeRedirectPath(target: string | null | undefined): string | null {
	if (!target || target.length > 2000) return null;
	if (!target.startsWith('/')) return null;
	if (target.startsWith('//') || target.startsWith('/\\')) return null;
	// Control characters and backslashes are normalised by browsers in surprising ways.
	if (/[\u0000-\u001f\u007f\\]/.test(target)) return null;
	try {
		const base = 'http://portal.invalid';
		const resolved = new URL(target, base);
		if (resolved.origin !== base) return null;
		return resolved.pathname + resolved.search + resolved.hash;
	} catch {
		return null;
	}
}
