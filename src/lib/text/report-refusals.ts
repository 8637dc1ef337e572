import type { MissingPart } from '$lib/domain/documents';
import { findIcfCategory } from '$lib/domain/icf';
import type { SummaryItem } from '$lib/forms';
import { icfCategoryTexts } from '$lib/text/icf';
import { m } from '$lib/paraglide/messages.js';
import { reportFieldNames } from '$lib/schemas/documents';

const missingPartTexts = {
	startingSituation: () => ({
		fieldId: 'startingSituation',
		message: m.report_missing_starting()
	}),
	course: () => ({ fieldId: 'course', message: m.report_missing_course() }),
	recommendation: () => ({
		fieldId: 'recommendation',
		message: m.report_missing_recommendation()
	}),
	goal: (part) => ({
		fieldId: reportFieldNames.goal(part.goalId),
		message: m.report_missing_goal({ goal: part.goalText })
	}),
	icf: (part) => ({
		fieldId: reportFieldNames.icf(
			part.code,
			findIcfCategory(part.code)?.component === 'd' ? 'performance' : 'qualifier'
		),
		message: m.report_missing_icf({ code: part.code, title: icfCategoryTexts(part.code).title })
	})
} satisfies { [Part in MissingPart['part']]: (part: MissingPart & { part: Part }) => SummaryItem };

/**
 * Names every part a report still lacks, each linked to its field, so the lead knows exactly
 * what to fill in and can jump there.
 */
export function missingPartSummary(missing: MissingPart[]): SummaryItem[] {
	return missing.map((part) =>
		(missingPartTexts[part.part] as (part: MissingPart) => SummaryItem)(part)
	);
}
