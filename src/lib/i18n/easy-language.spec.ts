import { describe, expect, it } from 'vitest';
import settings from '../../../project.inlang/settings.json';
import { messagesOf } from '$lib/i18n/message-files';

// Two rules of the writing guide (docs/leichte-sprache.md) that a machine can check. The rest of
// the guide (active voice, no genitive, hard words explained …) still needs a human reader.

/**
 * Abbreviations the guide forbids: write the words out (and explain them). German and English
 * together, and every locale is checked against all of them.
 */
const forbiddenAbbreviations = [
	'z. B.',
	'z.B.',
	'bzw.',
	'ggf.',
	'usw.',
	'ca.',
	'Std.',
	'e.g.',
	'i.e.',
	'etc.',
	'approx.',
	'hrs',
	'IV',
	'IFD'
];

/** The guide aims at 10 to 12 words a sentence; more than this is always too long. */
const maxWordsPerSentence = 15;

/**
 * Who reads which message. Staff screens (everything under /provider and /admin: requests,
 * bookings, hour logging, notes and report editors, feedback inbox, billing) may use plain
 * standard language. Everything else is read by participants, signed-out visitors or the funder
 * who opens a share link, so it must be easy language. The exceptions are listed, not the rule:
 * a new message is checked unless it is added here.
 */
const staffOnlyPrefixes = [
	'staff_',
	'provider_',
	'admin_',
	'billing_',
	'satisfaction_',
	'talk_',
	'reports_',
	// The report editor; participants read the other report_ keys on /documents/report and in the PDF.
	'report_staff_',
	'report_field_',
	'report_icf_core_',
	'report_icf_more_',
	'report_finalise_',
	'report_correct_',
	'report_missing_',
	'report_state_label_',
	// Writing and correcting progress notes; participants read the other notes_ keys.
	'notes_staff_',
	'notes_correct_',
	'notes_error_'
];
const staffOnlyKeys = [
	// Menu entries that only staff get (see navigation.ts).
	'nav_overview',
	'nav_reports',
	// The hour form's empty choice (HourFields, only on /provider).
	'select_choose',
	// The report editor.
	'report_icf_choose',
	'report_icf_comment_label',
	'report_save',
	'report_saved',
	'report_finalised',
	'report_correction_started',
	'report_versions_staff',
	'report_version_row',
	'report_error_changed',
	'report_error_is_final',
	'report_error_missing',
	'report_error_confirm',
	'report_error_qualifier',
	// Writing and correcting progress notes.
	'notes_date',
	'notes_date_hint',
	'notes_text',
	'notes_text_hint',
	'notes_submit',
	'notes_saved',
	'notes_corrected_done',
	'notes_not_documentable',
	'notes_current'
];

function isForParticipants(key: string): boolean {
	return (
		!staffOnlyKeys.includes(key) && !staffOnlyPrefixes.some((prefix) => key.startsWith(prefix))
	);
}

/**
 * The sentences of a message. Each line ("\n") is its own paragraph. A sentence ends at ".", "!"
 * or "?" followed by a space or the end of the line. It also ends at ": " – in easy language a
 * colon opens a new statement ("Wichtig: Sie …", "Das bedeutet: …"), so each side counts on its
 * own. A dot after a digit ends nothing ("12. März", "3. Schritt"; "1.500" has no space after the
 * dot), and neither does the dot of "St." in the name "St. Josefshaus".
 */
const sentenceEnd = /(?:(?<!\d|\bSt)\.|[!?:])["'“”„»«)]*(?=\s|$)/gu;

function sentencesOf(text: string): string[] {
	return text
		.split('\n')
		.flatMap((line) => line.replace(sentenceEnd, '$&\u0000').split('\u0000'))
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence.length > 0);
}

/** Words are separated by white space; a placeholder like {date} is one word, a lone "–" none. */
function wordCount(sentence: string): number {
	return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches the abbreviation as a whole word: "IV" but not "Archiv", "ca." but not "Africa.". */
function abbreviationPattern(abbreviation: string): RegExp {
	const end = /[\p{L}\p{N}]$/u.test(abbreviation) ? '(?![\\p{L}\\p{N}])' : '';
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbreviation)}${end}`, 'iu');
}

/** What a writer has to fix in one message, each with the line or sentence it is in. */
function problemsIn(text: string): string[] {
	const problems: string[] = [];
	for (const line of text.split('\n')) {
		// Placeholders are names in code, not words the reader sees.
		const readable = line.replace(/\{\w+\}/g, '{…}');
		for (const abbreviation of forbiddenAbbreviations) {
			if (abbreviationPattern(abbreviation).test(readable))
				problems.push(`abbreviation "${abbreviation}" in: ${line}`);
		}
	}
	for (const sentence of sentencesOf(text)) {
		const words = wordCount(sentence);
		if (words > maxWordsPerSentence)
			problems.push(`${words} words (at most ${maxWordsPerSentence}): ${sentence}`);
	}
	return problems;
}

describe('the easy-language checker', () => {
	it('finds the listed abbreviations as whole words', () => {
		expect(problemsIn('Sie können z. B. ein Modul wählen.')).toEqual([
			'abbreviation "z. B." in: Sie können z. B. ein Modul wählen.'
		]);
		expect(problemsIn('Sie bekommen ca. 3 Stunden.')).toHaveLength(1);
		expect(problemsIn('The IFD helps you.')).toHaveLength(1);
		expect(problemsIn('Ask your trainer, e.g. on Monday.')).toHaveLength(1);
		expect(problemsIn('Das Archiv ist in Africa. Sie haben {hrs} Stunden.')).toEqual([]);
	});

	it('splits lines and sentences, but not at dates and numbers', () => {
		expect(sentencesOf('Eins zwei. Drei vier!\nFünf? Wichtig: sechs')).toEqual([
			'Eins zwei.',
			'Drei vier!',
			'Fünf?',
			'Wichtig:',
			'sechs'
		]);
		expect(sentencesOf('Am 12. März 2027 bekommen Sie 1.500 Euro.')).toHaveLength(1);
		expect(sentencesOf('Ein Angebot vom St. Josefshaus.')).toHaveLength(1);
	});

	it('counts a placeholder as one word', () => {
		expect(wordCount('{name} hat am {date} – also heute – angerufen.')).toBe(7);
	});

	it('passes a sentence of 15 words and stops one of 16', () => {
		const fifteen =
			'Am 12. März 2027 beginnt Ihr Modul bei {provider} in Rheinfelden und dauert 3 Monate.';
		expect(wordCount(fifteen)).toBe(15);
		expect(problemsIn(fifteen)).toEqual([]);
		const sixteen = fifteen.replace('3 Monate', 'genau 3 Monate');
		expect(problemsIn(sixteen)).toEqual([`16 words (at most 15): ${sixteen}`]);
	});
});

describe('participant messages', () => {
	const keys = Object.keys(messagesOf(settings.baseLocale));

	it('name only staff messages that exist, so the list of exceptions stays true', () => {
		expect(staffOnlyKeys.filter((key) => !keys.includes(key))).toEqual([]);
		expect(
			staffOnlyPrefixes.filter((prefix) => !keys.some((key) => key.startsWith(prefix)))
		).toEqual([]);
	});

	it('include the texts participants and funders read', () => {
		const read = [
			'login_title',
			'hours_title',
			'notes_corrected',
			'report_title',
			'report_comment_label',
			'pdf_documentation_title',
			'shared_title',
			'security_title',
			'security_end_others_hint'
		];
		expect(read.filter((key) => !keys.includes(key) || !isForParticipants(key))).toEqual([]);
	});

	it.each(settings.locales)(
		'in %s use no abbreviations and no sentence over 15 words',
		(locale) => {
			const problems = Object.entries(messagesOf(locale))
				.filter(([key]) => isForParticipants(key))
				.flatMap(([key, text]) =>
					problemsIn(text).map((problem) => `${locale}.${key}: ${problem}`)
				);
			expect(problems, 'Rewrite these messages in easy language (docs/leichte-sprache.md)').toEqual(
				[]
			);
		}
	);
});
