import { berlinDate } from '$lib/domain/dates';
import { nextOpenGoal } from '$lib/domain/goals';
import { requireRole } from '$lib/server/access';
import { listOwnBookings } from '$lib/server/bookings/service';
import { listOwnGoals } from '$lib/server/goals/service';
import { ownNextTalk } from '$lib/server/feedback/service';
import { ownCurrentHours } from '$lib/server/hours/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	const today = berlinDate(new Date());
	const current = await ownCurrentHours(participant, today);
	const goal = nextOpenGoal(await listOwnGoals(participant));
	return {
		name: participant.displayName.split(' ')[0] ?? participant.displayName,
		bookings: await listOwnBookings(participant),
		current: current
			? {
					moduleCode: current.booking.moduleCode,
					perMonth: current.cap.kind === 'per_month',
					minutesLeft: current.summary.minutesLeft
				}
			: null,
		nextGoal: goal ? goal.text : null,
		nextTalk: await ownNextTalk(participant)
	};
};
