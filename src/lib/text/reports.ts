import { formatInstantDate } from '$lib/domain/dates';
import { m } from '$lib/paraglide/messages.js';

/** "Version 2, final since … by … (provider)": on the participant's and the staff report page and in the PDF. */
export function reportMadeFinal(
	report: {
		version: number;
		finalisedAt: Date | null;
		finalisedByName: string | null;
		providerName: string;
	},
	locale: string
): string {
	return m.report_made_final({
		version: report.version,
		date: report.finalisedAt ? formatInstantDate(report.finalisedAt, locale) : '–',
		who: report.finalisedByName ?? '–',
		provider: report.providerName
	});
}
