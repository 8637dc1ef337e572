import { z } from 'zod';
import { isIsoDate } from '$lib/domain/dates';
import {
	progressNoteMaxLength,
	reportCommentMaxLength,
	reportTextMaxLength,
	shareableDocuments,
	shareExpiryDays,
	shareLabelMaxLength
} from '$lib/domain/documents';
import { icfCategories, validateIcfRating, type IcfRating } from '$lib/domain/icf';
import { hasForbiddenCharacters } from '$lib/domain/text-input';
import { m } from '$lib/paraglide/messages.js';
import { correctionReason, limitedText, requestKey, version, wholeNumber } from './fields';

const noteText = limitedText(progressNoteMaxLength, m.notes_error_long).pipe(
	z.string().min(1, { error: () => m.notes_error_text() })
);

export const noteSchema = z.object({
	date: z
		.string({ error: () => m.staff_error_date() })
		.refine(isIsoDate, { error: () => m.staff_error_date() }),
	text: noteText,
	requestKey
});

export const noteCorrectionSchema = z.object({
	text: noteText,
	reason: correctionReason,
	requestKey
});

export const reportCommentSchema = z.object({
	/** The version the comment is about; the service checks it is the participant's own draft. */
	reportId: z.string().optional().default(''),
	comment: limitedText(reportCommentMaxLength, m.report_error_long)
});

export const shareSchema = z.object({
	document: z.enum(shareableDocuments, { error: () => m.share_error_document() }),
	days: wholeNumber(() => m.share_error_days())
		.refine((days) => (shareExpiryDays as readonly number[]).includes(days), {
			error: () => m.share_error_days()
		})
		.transform((days) => days as (typeof shareExpiryDays)[number]),
	label: limitedText(shareLabelMaxLength, m.share_error_label_long).optional().default(''),
	requestKey
});

const reportText = limitedText(reportTextMaxLength, m.report_error_long).optional().default('');

/** The fixed parts of the report form; goal and ICF fields are read by name (see reportDraftFromForm). */
export const reportDraftSchema = z.object({
	revision: z
		.union([z.literal('').transform(() => null), version])
		.optional()
		.default(null),
	startingSituation: reportText,
	course: reportText,
	recommendation: reportText
});

export const finaliseSchema = z.object({
	revision: version,
	confirm: z.literal('yes', { error: () => m.report_error_confirm() })
});

/** Field names of the report form, shared by the page and the parser so they cannot drift. */
const goalFieldPrefix = 'goal-';

export const reportFieldNames = {
	goal: (goalId: string) => `${goalFieldPrefix}${goalId}`,
	icf: (code: string, part: 'performance' | 'capacity' | 'qualifier' | 'comment') =>
		`icf-${code}-${part}`
};

export type ReportFormResult =
	| {
			ok: true;
			value: {
				revision: number | null;
				startingSituation: string;
				course: string;
				recommendation: string;
				goalTexts: Record<string, string>;
				icf: IcfRating[];
			};
	  }
	| { ok: false; errors: Record<string, string> };

/**
 * Reads the whole report form. Empty ICF lines are fine in a draft; a line with a value the
 * category does not allow (a tampered form) is refused with the field named.
 */
export function reportDraftFromForm(form: FormData): ReportFormResult {
	const text = (name: string) => String(form.get(name) ?? '');
	const errors: Record<string, string> = {};
	const fixed = reportDraftSchema.safeParse(Object.fromEntries(form));
	if (!fixed.success) {
		for (const issue of fixed.error.issues) errors[String(issue.path[0])] ??= issue.message;
	}
	// Words for any goal; the service keeps only those of the goals the report is about.
	const goalTexts: Record<string, string> = {};
	for (const name of form.keys()) {
		if (!name.startsWith(goalFieldPrefix)) continue;
		const words = text(name).trim();
		goalTexts[name.slice(goalFieldPrefix.length)] = words;
		if (hasForbiddenCharacters(words)) errors[name] = m.text_error_hidden_characters();
		else if (words.length > reportTextMaxLength)
			errors[name] = m.report_error_long({ max: reportTextMaxLength, count: words.length });
	}
	const icf: IcfRating[] = [];
	for (const category of icfCategories) {
		const field = (part: 'performance' | 'capacity' | 'qualifier' | 'comment') =>
			text(reportFieldNames.icf(category.code, part)).trim();
		const rating: IcfRating = { code: category.code, comment: field('comment') };
		if (category.component === 'd') {
			if (field('performance')) rating.performance = field('performance');
			if (field('capacity')) rating.capacity = field('capacity');
		} else if (field('qualifier')) {
			rating.qualifier = field('qualifier');
		}
		const filled = rating.performance || rating.capacity || rating.qualifier || rating.comment;
		if (!filled) continue;
		const check = validateIcfRating(rating);
		if (!check.ok && check.problem === 'invalid_qualifier') {
			errors[
				reportFieldNames.icf(
					category.code,
					category.component === 'd' ? 'performance' : 'qualifier'
				)
			] = m.report_error_qualifier({ code: category.code });
		}
		if (hasForbiddenCharacters(rating.comment)) {
			errors[reportFieldNames.icf(category.code, 'comment')] = m.text_error_hidden_characters();
		} else if (rating.comment.length > reportTextMaxLength) {
			errors[reportFieldNames.icf(category.code, 'comment')] = m.report_error_long({
				max: reportTextMaxLength,
				count: rating.comment.length
			});
		}
		icf.push(rating);
	}
	if (!fixed.success || Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, value: { ...fixed.data, goalTexts, icf } };
}
