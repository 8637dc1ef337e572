import { m } from '$lib/paraglide/messages.js';

/** What the account page says after an action. */
export function doneText(done: 'closed' | 'reopened' | 'unlocked' | 'updated'): string {
	const texts = {
		closed: m.account_done_closed,
		reopened: m.account_done_reopened,
		unlocked: m.account_done_unlocked,
		updated: m.account_done_updated
	} satisfies Record<typeof done, () => string>;
	return texts[done]();
}
