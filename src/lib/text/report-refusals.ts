import type { MissingPart } from '$lib/domain/documents';
import { findIcfCategory } from '$lib/domain/icf';
import type { SummaryItem } from '$lib/forms';
import { icfCategoryTexts } from '$lib/text/icf';
import { m } from '$lib/paraglide/messages.js';
import { reportFieldNames } from '$lib/schemas/documents';

/**
 * Names every part a report still lacks, each linked to its field, so the lead knows exactly
 * what to fill in and can jump there.
 */
export function missingPartSummary(missing: MissingPart[]): SummaryItem[] {
	return missing.map((part): SummaryItem => {
		switch (part.part) {
			case 'startingSituation':
				return { fieldId: 'startingSituation', message: m.report_missing_starting() };
			case 'course':
				return { fieldId: 'course', message: m.report_missing_course() };
			case 'recommendation':
				return { fieldId: 'recommendation', message: m.report_missing_recommendation() };
			case 'goal':
				return {
					fieldId: reportFieldNames.goal(part.goalId),
					message: m.report_missing_goal({ goal: part.goalText })
				};
			case 'icf': {
				const field = findIcfCategory(part.code)?.component === 'd' ? 'performance' : 'qualifier';
				return {
					fieldId: reportFieldNames.icf(part.code, field),
					message: m.report_missing_icf({
						code: part.code,
						title: icfCategoryTexts(part.code).title
					})
				};
			}
		}
	});
}
