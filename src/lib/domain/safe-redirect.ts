/**
 * Returns the path to send a person to after `target` (a `redirectTo` value), or null when
 * following it could leave the site. The target is resolved the way a browser would resolve
 * it against `origin`, and followed only when the origin stays the same and the resolved path
 * cannot be read as a new host: "/.//evil.example" resolves to the path "//evil.example",
 * which a browser takes as a protocol-relative address in a Location header.
 */
export function safeRedirectPath(target: string | null | undefined, origin: string): string | null {
	if (!target || target.length > 2000) return null;
	if (!target.startsWith('/')) return null;
	// Control characters and backslashes are normalised by browsers in surprising ways.
	// eslint-disable-next-line no-control-regex -- control characters are what it looks for
	if (/[\u0000-\u001f\u007f\\]/.test(target)) return null;
	let resolved: URL;
	try {
		resolved = new URL(target, origin);
	} catch {
		return null;
	}
	if (resolved.origin !== new URL(origin).origin) return null;
	const path = resolved.pathname + resolved.search + resolved.hash;
	if (path.startsWith('//') || path.startsWith('/\\')) return null;
	return path;
}
