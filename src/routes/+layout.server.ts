import { unreadReplies } from '$lib/server/feedback/service';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user ? { displayName: locals.user.displayName, role: locals.user.role } : null,
	// Shown beside "Rückmeldung", so a participant sees an answer is waiting from any page.
	unreadAnswers: locals.user?.role === 'participant' ? await unreadReplies(locals.user) : 0
});
