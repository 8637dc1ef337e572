import { fail, redirect } from '@sveltejs/kit';
import { startSession } from '$lib/server/auth/cookies';
import { forgiveLetterAttempts, reserveLetterAttempt } from '$lib/server/auth/rate-limit';
import { isUsableLetter, redeemLoginLetter } from '$lib/server/accounts/letters';
import { clockNow } from '$lib/server/clock';
import type { Actions, PageServerLoad } from './$types';

/** Where a letter leads: the person makes their own password (or a passkey) there. */
const afterLetterPath = '/settings/security#password';

/**
 * Opening the link only shows a button: link previews and scanners that fetch the address
 * must not use the letter up. Expired, used, ended and unknown links all show the same page.
 */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The address is the key: it must not travel to other sites in a Referer header. Not
	// no-referrer: with it, browsers send "Origin: null" with the form, and the origin check
	// (rightly) refuses it.
	setHeaders({ 'referrer-policy': 'same-origin' });
	return { usable: await isUsableLetter(params.token, clockNow()) };
};

export const actions: Actions = {
	default: async (event) => {
		const { params, locals, request } = event;
		const ip = event.getClientAddress();
		const now = clockNow();
		const reservation = await reserveLetterAttempt(ip, now);
		if (!reservation.ok)
			return fail(429, { waitMinutes: Math.max(1, Math.ceil(reservation.waitMs / 60_000)) });
		const result = await redeemLoginLetter(params.token, { ip }, now);
		if (!result.ok) return fail(400, { failed: true });
		await forgiveLetterAttempts(ip);
		// A new session; the one the browser came with (perhaps someone else's) ends.
		await startSession(
			event,
			{ id: result.userId, role: result.role },
			locals.session?.id ?? null,
			{ ip, userAgent: request.headers.get('user-agent') }
		);
		redirect(303, afterLetterPath);
	}
};
