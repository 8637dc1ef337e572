import { stateLabel } from '$lib/text/bookings';
import { formatInstantDate, formatLongDate, formatMonth } from '$lib/domain/dates';
import { minutesByMonth } from '$lib/domain/hours';
import { ratingLabel } from '$lib/text/feedback';
import { goalEventSentence, goalStateLabel } from '$lib/text/goals';
import { durationText, participantKindLabel } from '$lib/text/hours';
import { icfLineText } from '$lib/text/icf';
import { moduleName } from '$lib/text/modules';
import { m } from '$lib/paraglide/messages.js';
import { reportMadeFinal } from '$lib/text/reports';
import { getLocale } from '$lib/paraglide/runtime';
import { personRole } from '$lib/text/roles';
import type { Documentation } from '$lib/server/documents/service';
import type { DocumentBlock, PortalDocument } from '../pdf/document-model';
import type { ReportView } from '$lib/server/documents/reports';

// Builds the documents' content in the reader's language; ./pdf/render.ts draws it.
// Every text is easy language, like the pages: the participant reads these files too.

/** `lang`: the text is what a person wrote, in that language (the PDF marks it). */
const heading = (level: 1 | 2 | 3, text: string, lang?: string): DocumentBlock => ({
	kind: 'heading',
	level,
	text,
	...(lang ? { lang } : {})
});
const paragraph = (text: string, lang?: string): DocumentBlock => ({
	kind: 'paragraph',
	text,
	...(lang ? { lang } : {})
});

/** Message texts keep one sentence per line; in a PDF paragraph the lines run on. */
function lines(text: string): string {
	return text.replaceAll('\n', ' ');
}

function frame(title: string, blocks: DocumentBlock[]): PortalDocument {
	return {
		title,
		lang: getLocale(),
		author: m.app_name(),
		pageLabel: (page, pages) => m.pdf_page({ page, pages }),
		blocks
	};
}

function bookingBlocks(doc: Documentation): DocumentBlock[] {
	const locale = getLocale();
	if (doc.bookings.length === 0) return [paragraph(m.pdf_nothing_yet())];
	return [
		{
			kind: 'table',
			caption: m.pdf_bookings_caption(),
			headers: [
				m.pdf_col_module(),
				m.pdf_col_state(),
				m.pdf_col_provider_trainer(),
				m.pdf_col_time()
			],
			// Four columns, not five: at 14 pt a fifth would cut "Qualifizierungs·phase" in pieces.
			widths: [4, 3, 5, 4],
			rows: doc.bookings.map((booking) => [
				moduleName(booking.moduleCode),
				stateLabel(booking.state),
				[booking.providerName ?? booking.wishedProviderName, booking.trainerName]
					.filter(Boolean)
					.join('\n') || '–',
				booking.plannedStart && booking.plannedEnd
					? m.pdf_time_range({
							from: formatLongDate(booking.plannedStart, locale),
							to: formatLongDate(booking.plannedEnd, locale)
						})
					: '–'
			])
		}
	];
}

function goalBlocks(doc: Documentation): DocumentBlock[] {
	if (doc.goals.length === 0) return [paragraph(m.pdf_nothing_yet())];
	return doc.goals.flatMap((goal) => [
		heading(3, goal.text, goal.lang),
		paragraph(
			goal.moduleCode
				? m.pdf_goal_facts({
						module: moduleName(goal.moduleCode),
						state: goalStateLabel(goal.state)
					})
				: m.pdf_goal_personal({ state: goalStateLabel(goal.state) })
		),
		{ kind: 'list', items: goal.history.map((event) => lines(goalEventSentence(event))) }
	]);
}

function hourBlocks(doc: Documentation): DocumentBlock[] {
	const locale = getLocale();
	if (doc.hours.length === 0) return [paragraph(m.pdf_nothing_yet())];
	return doc.hours.flatMap((hours) => {
		const months = minutesByMonth(hours.live);
		const blocks: DocumentBlock[] = [
			heading(3, moduleName(hours.booking.moduleCode)),
			paragraph(
				hours.cap.kind === 'total'
					? m.pdf_hours_used_of({
							used: durationText(hours.usedMinutes),
							cap: durationText(hours.cap.hours * 60)
						})
					: m.pdf_hours_used({ used: durationText(hours.usedMinutes) })
			)
		];
		if (months.length === 0) return blocks;
		blocks.push({
			kind: 'table',
			caption: m.pdf_hours_months_caption({ module: moduleName(hours.booking.moduleCode) }),
			headers: [m.pdf_col_month(), m.pdf_col_hours()],
			rows: months.map((month) => [formatMonth(month.month, locale), durationText(month.minutes)])
		});
		blocks.push({
			kind: 'table',
			caption: m.pdf_hours_entries_caption({ module: moduleName(hours.booking.moduleCode) }),
			headers: [m.pdf_col_day(), m.pdf_col_hours(), m.pdf_col_kind(), m.pdf_col_note()],
			widths: [3, 2, 3, 4],
			rows: hours.live.map((entry) => [
				formatLongDate(entry.date, locale),
				durationText(entry.minutes),
				participantKindLabel(entry.kind),
				{ text: entry.note ?? '', lang: entry.lang }
			])
		});
		return blocks;
	});
}

function feedbackBlocks(doc: Documentation): DocumentBlock[] {
	const locale = getLocale();
	if (doc.feedback.length === 0) return [paragraph(m.pdf_nothing_yet())];
	return doc.feedback.flatMap((item) => {
		const written = (text: string) => ({ text, lang: item.lang });
		const facts = [
			...(item.rating ? [{ label: m.pdf_feedback_rating(), value: ratingLabel(item.rating) }] : []),
			...(item.good ? [{ label: m.feedback_good(), value: written(item.good) }] : []),
			...(item.bad ? [{ label: m.feedback_bad(), value: written(item.bad) }] : []),
			...(item.wish ? [{ label: m.feedback_wish(), value: written(item.wish) }] : [])
		];
		const answers = item.replies.map((reply) =>
			lines(
				`${m.feedback_reply_from({ who: reply.authorName, date: formatInstantDate(reply.createdAt, locale) })} ${reply.text}`
			)
		);
		return [
			heading(3, m.feedback_from({ date: formatInstantDate(item.createdAt, locale) })),
			{ kind: 'facts', items: facts },
			answers.length > 0 ? { kind: 'list', items: answers } : paragraph(m.feedback_state_open())
		] satisfies DocumentBlock[];
	});
}

function noteBlocks(doc: Documentation): DocumentBlock[] {
	const locale = getLocale();
	if (doc.notes.length === 0) return [paragraph(m.pdf_nothing_yet())];
	return doc.notes.flatMap(({ current, earlier }) => [
		heading(
			3,
			m.notes_heading({
				date: formatLongDate(current.date, locale),
				module: moduleName(current.moduleCode)
			})
		),
		paragraph(current.text, current.lang),
		paragraph(
			m.notes_written_by({
				who: current.authorName,
				role: personRole(current.authorRole, current.authorRoleWording),
				date: formatInstantDate(current.createdAt, locale)
			})
		),
		...(earlier.length > 0
			? [
					{
						kind: 'list',
						items: earlier.map((older) =>
							lines(
								m.notes_earlier_version({
									date: formatInstantDate(older.createdAt, locale),
									who: older.authorName,
									text: older.text
								})
							)
						)
					} satisfies DocumentBlock
				]
			: [])
	]);
}

/** The report's own sections, shared by both PDFs; `level` is the heading level of its parts. */
function reportBlocks(report: ReportView, level: 2 | 3): DocumentBlock[] {
	const locale = getLocale();
	// PDF headings go three deep; inside the documentation the goals share the parts' level.
	const sub = 3;
	return [
		paragraph(lines(reportMadeFinal(report, locale))),
		heading(level, m.report_starting_title()),
		paragraph(report.startingSituation),
		heading(level, m.report_course_title()),
		paragraph(report.course),
		heading(level, m.report_goals_title()),
		...(report.goals.length === 0
			? [paragraph(m.report_no_goals())]
			: report.goals.flatMap((goal) => [
					heading(sub, goal.goalText),
					paragraph(m.report_goal_state({ state: goalStateLabel(goal.goalState) })),
					paragraph(goal.text)
				])),
		heading(level, m.report_icf_title()),
		paragraph(lines(m.report_icf_intro())),
		// One heading and a two-column table per ICF line, as on the screen: four narrow columns
		// at 14 pt cut words like "Handlungsgrundsätze" into pieces.
		...report.icf.flatMap((rating): DocumentBlock[] => {
			const text = icfLineText(rating);
			return [
				heading(sub, `${text.code} ${text.title}`),
				{
					kind: 'facts',
					items: [
						{ label: m.pdf_col_icf_meaning(), value: text.easy },
						// Easy words only: the participant reads this, and "Schädigung … (5–24 %)" says nothing.
						...text.assessments.map((entry) => ({ label: entry.field, value: entry.easy })),
						...(text.comment ? [{ label: m.pdf_col_icf_comment(), value: text.comment }] : [])
					]
				}
			];
		}),
		heading(level, m.report_recommendation_title()),
		paragraph(report.recommendation),
		heading(level, m.report_comment_title()),
		paragraph(report.participantComment ?? m.report_no_comment())
	];
}

/** "Meine Dokumentation": everything about the participant, as one PDF. */
export function documentationDocument(doc: Documentation): PortalDocument {
	const locale = getLocale();
	return frame(m.pdf_documentation_title({ name: doc.participant.displayName }), [
		heading(1, m.pdf_documentation_title({ name: doc.participant.displayName })),
		paragraph(m.pdf_made_on({ date: formatInstantDate(doc.generatedAt, locale) })),
		paragraph(lines(m.pdf_documentation_intro())),
		heading(2, m.pdf_person_title()),
		{
			kind: 'facts',
			items: [
				{ label: m.pdf_person_name(), value: doc.participant.displayName },
				{ label: m.login_username_label(), value: doc.participant.username }
			]
		},
		heading(2, m.pdf_bookings_title()),
		...bookingBlocks(doc),
		heading(2, m.pdf_goals_title()),
		...goalBlocks(doc),
		heading(2, m.pdf_hours_title()),
		...hourBlocks(doc),
		heading(2, m.pdf_feedback_title()),
		...feedbackBlocks(doc),
		heading(2, m.pdf_notes_title()),
		...noteBlocks(doc),
		heading(2, m.report_title()),
		...(doc.finalReport ? reportBlocks(doc.finalReport, 3) : [paragraph(m.report_not_final_yet())])
	]);
}

/** The final report as its own PDF, for the participant and, if they wish, the funder. */
export function reportDocument(report: ReportView): PortalDocument {
	const title = m.pdf_report_title({ name: report.participantName });
	return frame(title, [heading(1, title), ...reportBlocks(report, 2)]);
}
