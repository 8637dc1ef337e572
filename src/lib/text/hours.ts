import { m } from '$lib/paraglide/messages.js';
import { textOf } from '$lib/text/tables';
import { splitMinutes, type HourKind } from '$lib/domain/hours';

/** "2 Stunden und 15 Minuten": whole words instead of decimals, as easy language asks. */
export function durationText(totalMinutes: number): string {
	const { hours, minutes } = splitMinutes(totalMinutes);
	if (hours === 0) return m.duration_minutes({ minutes });
	if (minutes === 0) return hours === 1 ? m.duration_one_hour() : m.duration_hours({ hours });
	return hours === 1
		? m.duration_one_hour_minutes({ minutes })
		: m.duration_hours_minutes({ hours, minutes });
}

/** The kind of work as the participant reads it. */
export const participantKindLabel = textOf<HourKind>({
	with_participant: m.hour_kind_with_participant,
	preparation: m.hour_kind_preparation,
	documentation: m.hour_kind_documentation,
	talks_with_others: m.hour_kind_talks_with_others,
	travel: m.hour_kind_travel
});

/** The kind of work in the words staff use. */
export const staffKindLabel = textOf<HourKind>({
	with_participant: m.staff_kind_with_participant,
	preparation: m.staff_kind_preparation,
	documentation: m.staff_kind_documentation,
	talks_with_others: m.staff_kind_talks_with_others,
	travel: m.staff_kind_travel
});
