import { berlinDate, monthOf } from '$lib/domain/dates';
import {
	byMonthNewestFirst,
	forecastRunOut,
	sumMinutes,
	hoursSummary,
	weeksLeft
} from '$lib/domain/hours';
import { requireRole } from '$lib/server/access';
import { ownHours } from '$lib/server/hours/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	const today = berlinDate(new Date());
	const modules = (await ownHours(participant)).map(({ booking, cap, live }) => {
		const summary = hoursSummary(cap, live, today);
		const start = booking.plannedStart ?? today;
		return {
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
			forecast:
				cap.kind === 'total' && booking.state === 'running'
					? forecastRunOut(live, cap.hours * 60, start, today)
					: null,
			months: byMonthNewestFirst(live).map((group) => ({
				month: group.month,
				totalMinutes: sumMinutes(group.entries),
				entries: group.entries.map(({ id, date, minutes, kind, note, lang }) => ({
					id,
					date,
					minutes,
					kind,
					note,
					lang
				}))
			}))
		};
	});
	return { modules, today, currentMonth: monthOf(today) };
};
