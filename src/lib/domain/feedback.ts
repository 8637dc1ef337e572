import { addMonths, addMonthsToMonth, monthOf, type IsoDate, type IsoMonth } from './dates';

/** Five steps from "very bad" to "very good", shown as faces with words. */
export const ratings = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof ratings)[number];

export const feedbackTextMaxLength = 5000;

/** offen → beantwortet → erledigt ("Sie haben gesagt … — Wir haben …"). */
export const feedbackStates = ['open', 'answered', 'done'] as const;
export type FeedbackState = (typeof feedbackStates)[number];

export interface FeedbackContent {
	rating: Rating | null;
	good: string;
	bad: string;
	wish: string;
}

/** A rating or at least one text is needed. */
export function hasContent(content: FeedbackContent): boolean {
	return (
		content.rating !== null ||
		[content.good, content.bad, content.wish].some((text) => text.trim() !== '')
	);
}

/** The inbox order: unanswered first; within a state the longest waiting first. */
export const inboxStateOrder = [
	'open',
	'answered',
	'done'
] as const satisfies readonly FeedbackState[];

export interface MonthlySatisfaction {
	month: IsoMonth;
	count: number;
	/** Average rating with one decimal, e.g. 3.7. */
	average: number;
}

/** Ratings per calendar month (Berlin dates given), oldest month first; feedback without a rating does not count. */
export function satisfactionByMonth(
	items: readonly { date: string; rating: number | null }[]
): MonthlySatisfaction[] {
	const months = new Map<IsoMonth, number[]>();
	for (const item of items) {
		if (item.rating === null) continue;
		const month = monthOf(item.date);
		months.set(month, [...(months.get(month) ?? []), item.rating]);
	}
	return [...months.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([month, values]) => ({
			month,
			count: values.length,
			average: Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10
		}));
}

/** A month on the satisfaction chart: `average` null when nobody rated anything that month. */
export type SatisfactionMonth = Omit<MonthlySatisfaction, 'average'> & { average: number | null };

/**
 * The months from the first to the last rated one, with the months between that have no
 * ratings as gaps, so a chart never skips a month without saying so.
 */
export function withEmptyMonths(months: readonly MonthlySatisfaction[]): SatisfactionMonth[] {
	const first = months[0];
	const last = months.at(-1);
	if (!first || !last) return [];
	const byMonth = new Map(months.map((month) => [month.month, month]));
	const all: SatisfactionMonth[] = [];
	for (let month = first.month; month <= last.month; month = addMonthsToMonth(month, 1)) {
		all.push(byMonth.get(month) ?? { month, count: 0, average: null });
	}
	return all;
}

/** What a reflection talk was about, in a few sentences. */
export const talkSummaryMaxLength = 1000;

/** The next reflection talk is planned at most this far ahead. */
export const nextTalkMaxMonths = 24;

export type TalkDateProblem = 'held_in_future' | 'next_not_after' | 'next_too_far';

/** A talk was held today or earlier; the next one comes after it, within two years from today. */
export function talkDateProblem(
	heldOn: IsoDate,
	nextOn: IsoDate | null,
	today: IsoDate
): TalkDateProblem | null {
	if (heldOn > today) return 'held_in_future';
	if (nextOn === null) return null;
	if (nextOn <= heldOn) return 'next_not_after';
	if (nextOn > addMonths(today, nextTalkMaxMonths)) return 'next_too_far';
	return null;
}
