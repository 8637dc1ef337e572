import { formatInstantDate, formatLongDate } from '$lib/domain/dates';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { BookingCorrectionView } from '$lib/server/bookings/service';
import type { TalkChangeView } from '$lib/server/feedback/service';

/** One correction of a talk, in whole sentences: who, when, why, and what it said before. */
export function talkChangeSentence(change: TalkChangeView): string {
	const locale = getLocale();
	const lines = [
		m.talk_change_entry({
			date: formatInstantDate(change.at, locale),
			who: change.actorName
		}),
		m.correction_reason_line({ reason: change.reason }),
		m.talk_change_before_held({ date: formatLongDate(change.fromHeldOn, locale) }),
		change.fromNextOn
			? m.talk_change_before_next({ date: formatLongDate(change.fromNextOn, locale) })
			: m.talk_change_before_no_next()
	];
	if (change.fromSummary !== change.toSummary)
		lines.push(
			change.fromSummary
				? m.talk_change_before_summary({ summary: change.fromSummary })
				: m.talk_change_before_no_summary()
		);
	return lines.join('\n');
}

/** One correction of a booking's dates or trainer, in whole sentences. */
export function bookingCorrectionSentence(change: BookingCorrectionView): string {
	const locale = getLocale();
	const day = (date: string | null) => (date ? formatLongDate(date, locale) : '–');
	const values = { date: formatInstantDate(change.at, locale), who: change.actorName };
	const what =
		change.correction === 'trainer'
			? m.booking_change_trainer({
					...values,
					from: change.fromTrainerName ?? '–',
					to: change.toTrainerName ?? '–'
				})
			: m.booking_change_dates({
					...values,
					fromStart: day(change.fromStart),
					fromEnd: day(change.fromEnd),
					toStart: day(change.toStart),
					toEnd: day(change.toEnd)
				});
	return [what, m.correction_reason_line({ reason: change.reason ?? '' })].join('\n');
}
