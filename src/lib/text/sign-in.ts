import { m } from '$lib/paraglide/messages.js';

/** "Please wait 3 minutes", for every way in that counts against the sign-in limits. */
export function waitMessage(waitMs: number): string {
	const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
	return minutes === 1 ? m.login_error_wait_one() : m.login_error_wait_many({ minutes });
}
