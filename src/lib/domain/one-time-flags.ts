/**
 * Query parameters that a form's redirect adds once, to show its confirmation ("?sent=1").
 * Carried along by the language switch, they would show the message again; every one of them
 * is listed here, so the switch can drop them and keep the rest (`?page=2`, `?q=`, `?month=`).
 */
export const oneTimeFlags = [
	'sent',
	'saved',
	'cancelled',
	'confirmed',
	'corrected',
	'declined',
	'withdrawn',
	'revoked',
	'created',
	'providerCreated',
	'noteCorrected',
	'endedOthers',
	'passwordChanged',
	'passkeyAdded',
	'passkeyRemoved',
	'passkeyRenamed',
	'signedOut',
	'sessionsEnded',
	'count'
] as const;

/** `path` (with its query and hash) without the one-time flags. */
export function withoutOneTimeFlags(path: string): string {
	const url = new URL(path, 'http://portal.invalid');
	for (const flag of oneTimeFlags) url.searchParams.delete(flag);
	return url.pathname + url.search + url.hash;
}
