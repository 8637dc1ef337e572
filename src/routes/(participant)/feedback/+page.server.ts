import { isAgreed } from '$lib/domain/bookings';
import { redirect } from '@sveltejs/kit';

import { feedbackSchema } from '$lib/schemas/feedback';
import { requireRole } from '$lib/server/access';
import { listOwnBookings } from '$lib/server/bookings/service';
import { parseForm } from '$lib/server/forms';
import {
	giveFeedback,
	listOwnFeedback,
	markOwnRepliesRead,
	ownTalks
} from '$lib/server/feedback/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, parent }) => {
	const participant = requireRole(locals.user, ['participant']);
	const items = await listOwnFeedback(participant);
	// Shown once as "Neu" here; the counter in the menu drops with the next page. The menu's
	// count says whether there is anything to mark, so most views need no second count.
	if ((await parent()).unreadAnswers > 0) await markOwnRepliesRead(participant);
	return {
		items,
		bookings: (await listOwnBookings(participant))
			.filter((booking) => isAgreed(booking.state))
			.map(({ id, moduleCode }) => ({ id, moduleCode })),
		talks: await ownTalks(participant),
		requestKey: crypto.randomUUID(),
		sent: url.searchParams.has('sent')
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const participant = requireRole(locals.user, ['participant']);
		const input = await parseForm(request, feedbackSchema);
		if (!input.ok) return input.failure;
		await giveFeedback(participant, {
			rating: input.data.rating ?? null,
			good: input.data.good,
			bad: input.data.bad,
			wish: input.data.wish,
			bookingId: input.data.bookingId || null,
			talkId: input.data.talkId || null,
			requestKey: input.data.requestKey
		});
		redirect(303, '/feedback?sent=1');
	}
};
