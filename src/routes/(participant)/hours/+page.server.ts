import { berlinDate } from '$lib/domain/dates';
import { weeksLeft } from '$lib/domain/hours';
import { requireRole } from '$lib/server/access';
import { ownHoursOverview } from '$lib/server/hours/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	const today = berlinDate(new Date());
	const modules = (await ownHoursOverview(participant, today)).map(
		({ booking, cap, summary, forecast, hasHours }) => ({
			bookingId: booking.id,
			moduleCode: booking.moduleCode,
			state: booking.state,
			plannedStart: booking.plannedStart,
			plannedEnd: booking.plannedEnd,
			capKind: cap.kind,
			capHours: cap.kind === 'none' ? null : cap.hours,
			usedMinutes: summary.usedMinutes,
			capMinutes: summary.capMinutes,
			level: summary.level,
			weeksLeft: booking.plannedEnd ? weeksLeft(today, booking.plannedEnd) : null,
			forecast,
			hasHours
		})
	);
	return { modules };
};
