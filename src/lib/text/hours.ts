import { m } from '$lib/paraglide/messages.js';
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
export function participantKindLabel(kind: HourKind): string {
	switch (kind) {
		case 'with_participant':
			return m.hour_kind_with_participant();
		case 'preparation':
			return m.hour_kind_preparation();
		case 'documentation':
			return m.hour_kind_documentation();
		case 'talks_with_others':
			return m.hour_kind_talks_with_others();
		case 'travel':
			return m.hour_kind_travel();
	}
}

/** The kind of work in the words staff use. */
export function staffKindLabel(kind: HourKind): string {
	switch (kind) {
		case 'with_participant':
			return m.staff_kind_with_participant();
		case 'preparation':
			return m.staff_kind_preparation();
		case 'documentation':
			return m.staff_kind_documentation();
		case 'talks_with_others':
			return m.staff_kind_talks_with_others();
		case 'travel':
			return m.staff_kind_travel();
	}
}
