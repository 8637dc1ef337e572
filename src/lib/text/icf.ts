import {
	findIcfCategory,
	icfQualifiers,
	type IcfQualifierField,
	type IcfRating,
	type Localized
} from '$lib/domain/icf';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';

/** The ICF list has German and English words; other languages read the English ones. */
function pick(text: Localized): string {
	return getLocale() === 'de' ? text.de : text.en;
}

export interface IcfLineText {
	code: string;
	title: string;
	/** What the category is about, in easy language. */
	easy: string;
	/** One per qualifier: what was judged, in easy words and in the ICF's own words. */
	assessments: { field: string; easy: string; professional: string }[];
	comment: string;
}

/** What a qualifier field judges, in the words of the page: shared by the report and its editor. */
export function icfFieldLabel(field: IcfQualifierField, component: string): string {
	if (field === 'performance') return m.icf_field_performance();
	if (field === 'capacity') return m.icf_field_capacity();
	return component === 'e' ? m.icf_field_environment() : m.icf_field_body();
}

/** An ICF line with the easy explanation beside the professional wording, for screen and PDF. */
export function icfLineText(rating: IcfRating): IcfLineText {
	const category = findIcfCategory(rating.code);
	if (!category)
		return {
			code: rating.code,
			title: rating.code,
			easy: '',
			assessments: [],
			comment: rating.comment
		};
	const fields = icfQualifiers[category.component];
	const assessments = (Object.keys(fields) as IcfQualifierField[]).map((field) => {
		const chosen = fields[field]?.find((entry) => entry.value === rating[field]);
		return {
			field: icfFieldLabel(field, category.component),
			easy: chosen ? pick(chosen.easy) : m.icf_not_rated(),
			professional: chosen ? `${chosen.value} – ${pick(chosen.label)}` : '–'
		};
	});
	return {
		code: category.code,
		title: pick(category.title),
		easy: pick(category.easy),
		assessments,
		comment: rating.comment
	};
}

export function icfCategoryTexts(code: string): { title: string; easy: string } {
	const category = findIcfCategory(code);
	return category
		? { title: pick(category.title), easy: pick(category.easy) }
		: { title: code, easy: '' };
}

export function icfQualifierOptions(
	component: keyof typeof icfQualifiers,
	field: IcfQualifierField
): { value: string; label: string }[] {
	return (icfQualifiers[component][field] ?? []).map((entry) => ({
		value: entry.value,
		label: `${entry.value} – ${pick(entry.label)} (${pick(entry.easy)})`
	}));
}
