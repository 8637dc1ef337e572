import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../../../messages/de.json';
import { addDays } from '$lib/domain/dates';
import { icfCategories } from '$lib/domain/icf';
import { getDb } from '$lib/server/db';
import { provider } from '$lib/server/db/schema';
import { addNote } from '$lib/server/documents/notes';
import { finaliseReport, saveDraft } from '$lib/server/documents/reports';
import { ownDocumentation } from '$lib/server/documents/service';
import { documentationDocument } from '$lib/server/documents/documentation-pdf';
import { answerFeedback, getFeedbackForStaff, giveFeedback } from '$lib/server/feedback/service';
import { logHours } from '$lib/server/hours/service';
import { bodySize, renderPdf } from '$lib/server/pdf/render';
import {
	advanceBooking,
	confirmBooking,
	listOwnBookings,
	requestModules
} from '$lib/server/bookings/service';
import { ratedCoreSet, testPerson, unique } from '$test/fixtures';

// The documentation PDF as a participant with many months of data gets it, read with poppler
// (Debian package poppler-utils) page by page, the way a reader meets it.
const dir = mkdtempSync(join(tmpdir(), 'documentation-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LONG_NOTE =
	'Die Woche lief gut. Anna hat neue Aufgaben im Gewächs·haus übernommen und selbst Pausen eingeplant. ' +
	'Sie hat mit dem Team über die Arbeits·zeiten gesprochen. Am Freitag war sie müde, hat aber bis zum Ende mitgemacht. ' +
	'Nächste Woche übt sie das Telefonieren mit Kundinnen und Kunden.';

/** Short texts of the data below, whole words the PDF may end a line with. */
const DATA_WORDS =
	'Die Arbeit im Gewächs·haus. Der Bus ist oft zu spät. Mehr Pausen. Danke. Übt das jeden Tag. Braucht manchmal Hilfe.';

let file: string;
let pageTexts: string[];

beforeAll(async () => {
	await (
		await getDb()
	)
		.insert(provider)
		.values({ id: 'lsw', name: 'Lebenshilfe Südschwarzwald e.V.' })
		.onConflictDoNothing();
	const participant = await testPerson(unique('anna'), 'participant', null);
	const lead = await testPerson(unique('lea'), 'lead', 'lsw');
	const trainer = await testPerson(unique('tom'), 'trainer', 'lsw');
	// The Qualifizierung needs the Einstiegs·phase before it: both are asked for together.
	const requested = await requestModules(
		participant,
		{
			moduleCodes: ['entry', 'qualification'],
			wishedStartMonth: '2026-12',
			wishedProviderId: 'lsw',
			message: null,
			requestKey: crypto.randomUUID()
		},
		new Date('2026-11-01T10:00:00Z')
	);
	if (!requested.ok) throw new Error(requested.reason);
	const [entryId, bookingId] = requested.bookingIds as [string, string];
	const version = async (id: string) =>
		(await listOwnBookings(participant)).find((row) => row.id === id)!.version;
	for (const [id, plannedStart, plannedEnd] of [
		[entryId, '2026-12-01', '2026-12-28'],
		[bookingId, '2027-01-04', '2027-06-30']
	] as const) {
		const confirmed = await confirmBooking(
			lead,
			id,
			{ version: await version(id), plannedStart, plannedEnd, trainerId: trainer.id },
			new Date('2026-11-02T10:00:00Z')
		);
		if (!confirmed.ok) throw new Error(confirmed.reason);
	}
	await advanceBooking(
		lead,
		bookingId,
		{ version: await version(bookingId), step: 'start', confirmed: true },
		new Date('2027-01-04T08:00:00Z')
	);
	let entries = 0;
	for (let date = '2027-01-04'; date <= '2027-04-30'; date = addDays(date, 1)) {
		const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
		if (weekday === 0 || weekday === 6) continue;
		const logged = await logHours(
			trainer,
			bookingId,
			{
				date,
				minutes: 90,
				kind: entries % 2 === 0 ? 'with_participant' : 'documentation',
				note: entries % 5 === 0 ? LONG_NOTE : 'Arbeit in der Gärtnerei',
				requestKey: crypto.randomUUID()
			},
			new Date(`${date}T17:00:00Z`)
		);
		if (!logged.ok) throw new Error(logged.reason);
		entries += 1;
		if (entries % 10 === 0) {
			const added = await addNote(
				trainer,
				bookingId,
				{ date, text: LONG_NOTE, requestKey: crypto.randomUUID() },
				new Date(`${date}T18:00:00Z`)
			);
			if (!added.ok) throw new Error(added.reason);
		}
	}
	const feedbackId = await giveFeedback(
		participant,
		{
			rating: 4,
			good: 'Die Arbeit im Gewächs·haus.',
			bad: 'Der Bus ist oft zu spät.',
			wish: 'Mehr Pausen.',
			bookingId,
			talkId: null,
			requestKey: crypto.randomUUID()
		},
		new Date('2027-02-01T10:00:00Z')
	);
	await answerFeedback(
		lead,
		feedbackId,
		{
			version: (await getFeedbackForStaff(lead, feedbackId)).version,
			text: 'Danke. Wir sprechen mit dem Bus·unternehmen.',
			close: false
		},
		new Date('2027-02-02T10:00:00Z')
	);
	const icf = ratedCoreSet(
		{ performance: '2', capacity: '1', qualifier: '1' },
		{ activity: 'Übt das jeden Tag.', other: 'Braucht manchmal Hilfe.' }
	);
	const saved = await saveDraft(
		trainer,
		participant.id,
		{
			revision: null,
			startingSituation: LONG_NOTE,
			course: `${LONG_NOTE} ${LONG_NOTE}`,
			goalTexts: {},
			icf,
			recommendation: LONG_NOTE
		},
		new Date('2027-05-02T10:00:00Z')
	);
	if (!saved.ok) throw new Error(saved.reason);
	const final = await finaliseReport(
		lead,
		participant.id,
		saved.revision,
		new Date('2027-05-03T10:00:00Z')
	);
	if (!final.ok) throw new Error(final.reason);

	file = join(process.env.PDF_OUT ?? dir, 'documentation.pdf');
	writeFileSync(file, await renderPdf(documentationDocument(await ownDocumentation(participant))));
	pageTexts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
		.split('\f')
		.slice(0, -1);
}, 120_000);

/** Lines with text on a page, without the page number at the bottom. */
function bodyLines(page: string): string[] {
	return page
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !/^Seite \d+ von \d+$/.test(line));
}

describe('the documentation PDF with months of data', () => {
	it('has many pages, and every page but the last carries at least five lines', () => {
		expect(pageTexts.length).toBeGreaterThan(5);
		const thin = pageTexts
			.slice(0, -1)
			.map((page, index) => ({ page: index + 1, lines: bodyLines(page) }))
			.filter((page) => page.lines.length < 5);
		expect(thin).toEqual([]);
	});

	it('reads a single page the same with pdftotext -f/-l', () => {
		const third = execFileSync('pdftotext', ['-layout', '-f', '3', '-l', '3', file, '-'], {
			encoding: 'utf8'
		});
		expect(bodyLines(third).length).toBeGreaterThanOrEqual(5);
	});

	it('never writes "e.V.." and breaks long words only at a Mediopunkt or with a hyphen', () => {
		const all = pageTexts.join('\n');
		expect(all).toContain('e.V.');
		expect(all).not.toContain('e.V..');
		const pieces = pageTexts.flatMap((page) =>
			page.split('\n').flatMap((line) => line.trim().split(/\s{2,}/))
		);
		const split = (text: string) => text.split(/[\s,.():;!?]+/).filter(Boolean);
		const lastWords = new Set(pieces.map((piece) => split(piece).at(-1) ?? ''));
		// Words seen anywhere but at the end of a line, and the words of the data itself.
		const known = new Set([
			...pieces.flatMap((piece) => split(piece).slice(0, -1)),
			...split(LONG_NOTE),
			...split(DATA_WORDS),
			...split(Object.values(de).join(' ')),
			...icfCategories.flatMap((category) => split(`${category.title.de} ${category.easy.de}`))
		]);
		// A line that ends inside a known word, without a hyphen or a Mediopunkt there.
		const broken = [...lastWords].filter(
			(last) =>
				last.length >= 2 &&
				!/[-·]$/.test(last) &&
				!known.has(last) &&
				[...known].some((word) => word.length > last.length && word.startsWith(last))
		);
		expect(broken).toEqual([]);
	});

	it('draws body text at 14 point or more', () => {
		expect(bodySize({})).toBeGreaterThanOrEqual(14);
		expect(bodySize({ largePrint: true })).toBeGreaterThanOrEqual(18);
	});

	it('stays a tagged PDF with its title and language', () => {
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/Tagged:\s+yes/);
		expect(info).toMatch(/Title:\s+Meine Dokumentation/);
	});
});
