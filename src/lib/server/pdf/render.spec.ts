import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentBlock, PortalDocument } from './document-model';
import { renderPdf } from './render';

// The PDF is checked with poppler (Debian package poppler-utils), the way a reader sees it.
const dir = mkdtempSync(join(tmpdir(), 'portal-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdffonts', ...args: string[]): string {
	return execFileSync(tool, args, { encoding: 'utf8' });
}

/** The text of each page, in reading layout. */
function pages(file: string): string[] {
	return poppler('pdftotext', '-layout', file, '-').split('\f').slice(0, -1);
}

let counter = 0;
async function render(document: PortalDocument): Promise<string> {
	const file = join(dir, `document-${++counter}.pdf`);
	writeFileSync(file, await renderPdf(document));
	return file;
}

function portalDocument(blocks: DocumentBlock[], title = 'Förderplan'): PortalDocument {
	return {
		title,
		lang: 'de',
		author: 'Beratung Passt·genau',
		subject: 'Förderplanung',
		pageLabel: (page, count) => `Seite ${page} von ${count}`,
		blocks
	};
}

/** `count` short paragraphs ("Absatz 1", …) that move what comes after them down the page. */
const paragraphs = (count: number): DocumentBlock[] =>
	Array.from({ length: count }, (_, i) => ({ kind: 'paragraph', text: `Absatz ${i + 1}` }));

const ROWS = 200;

describe('renderPdf', () => {
	let file: string;
	let text: string[];

	beforeAll(async () => {
		file = await render(
			portalDocument(
				[
					{ kind: 'heading', level: 1, text: 'Förderplan für Anna Müller' },
					{
						kind: 'paragraph',
						text: 'In der Einstiegs·phase übt Anna täglich – mit Geduld, Spaß und 3 + 4 Terminen. Łukasz Şahin begleitet sie.'
					},
					{ kind: 'heading', level: 2, text: 'Ziele' },
					{
						kind: 'list',
						items: [
							'Selbstständig einkaufen',
							'Größere Strecken allein fahren, den Fahrplan lesen und bei Verspätungen selbst eine andere Verbindung finden, ohne dass jemand helfen muss.'
						]
					},
					{
						kind: 'facts',
						items: [
							{ label: 'Name', value: 'Anna Müller' },
							{ label: 'Maßnahme', value: 'Einstiegs·phase' }
						]
					},
					{ kind: 'heading', level: 2, text: 'Termine' },
					{
						kind: 'table',
						caption: 'Alle Termine',
						headers: ['Nr.', 'Datum', 'Thema'],
						widths: [1, 2, 5],
						rows: Array.from({ length: ROWS }, (_, i) => [
							String(i + 1),
							`${String((i % 28) + 1).padStart(2, '0')}.03.2025`,
							i % 10 === 0
								? `Termin·thema ${i + 1}: ein längerer Eintrag, der in der Spalte umbrechen muss, weil er nicht in eine Zeile passt`
								: `Termin·thema ${i + 1}`
						])
					},
					{ kind: 'heading', level: 3, text: 'Abschluss' },
					{ kind: 'paragraph', text: 'Ende des Förderplans.' }
				],
				'Förderplan & Bericht – Anna Müller'
			)
		);
		text = pages(file);
	});

	it('is a tagged A4 PDF 1.7 with title, language and embedded Atkinson fonts', () => {
		const info = poppler('pdfinfo', file);
		expect(info).toMatch(/^Tagged:\s+yes$/m);
		expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
		expect(info).toMatch(/^PDF version:\s+1\.7$/m);
		expect(info).toMatch(/^Title:\s+Förderplan & Bericht – Anna Müller$/m);
		expect(info).toMatch(/^Author:\s+Beratung Passt·genau$/m);
		// pdfkit does not escape XMP values on its own; a bare "&" would break the packet.
		expect(poppler('pdfinfo', '-meta', file)).toContain('Förderplan &amp; Bericht – Anna Müller');

		const raw = readFileSync(file).toString('latin1');
		expect(raw).toContain('/Lang (de)');
		expect(raw).toContain('/DisplayDocTitle true');

		// name, type, encoding, emb, sub, uni: every font is an embedded Atkinson subset.
		const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
		expect(
			fonts.some((line) => /\+AtkinsonHyperlegibleNext-Regular\s.*\syes\s+yes\s+yes\s/.test(line))
		).toBe(true);
		expect(
			fonts.some((line) => /\+AtkinsonHyperlegibleNext-Bold\s.*\syes\s+yes\s+yes\s/.test(line))
		).toBe(true);
		expect(fonts.every((line) => line.includes('AtkinsonHyperlegibleNext'))).toBe(true);
	});

	it('extracts headings, paragraphs, list items and characters outside ASCII', () => {
		const all = text.join('\n');
		expect(all).toContain('Förderplan für Anna Müller');
		// At 14 pt the sentence runs over two lines.
		expect(all.replace(/\s+/g, ' ')).toContain(
			'In der Einstiegs·phase übt Anna täglich – mit Geduld, Spaß und 3 + 4 Terminen.'
		);
		expect(all).toContain('Łukasz Şahin');
		expect(all).toMatch(/•\s+Selbstständig einkaufen/);
		expect(all).toMatch(/•\s+Größere Strecken allein fahren/);
		expect(all).toContain('Abschluss');
		expect(all).not.toContain('\ufffd');
	});

	it('tags the content as a document structure and leaves the page numbers out of it', () => {
		const structure = poppler('pdfinfo', '-struct-text', file);
		const line = (value: string) => `\\n\\s*${value}`;
		const expectSequence = (...parts: string[]) =>
			expect(structure).toMatch(new RegExp(parts.map(line).join('')));

		expect(structure.split('\n')[0]).toBe('Document');
		expectSequence('H1 \\(block\\)', '"Förderplan für Anna Müller"');
		expectSequence('P \\(block\\)', '"In der Einstiegs·phase übt Anna');
		expectSequence('H2 \\(block\\)', '"Ziele"', 'L \\(block\\)', 'LI \\(block\\)');
		expectSequence('Lbl \\(block\\)', '"•"', 'LBody \\(block\\)', '"Selbstständig einkaufen"');
		expectSequence('TR', 'TH:', '/Scope /Row', '"Name"', 'TD', '"Anna Müller"');
		expectSequence('Table \\(block\\)', 'Caption', '"Alle Termine"', 'THead', 'TR');
		expectSequence('TH:', '/Scope /Column', '"Nr\\."', 'TH:', '/Scope /Column', '"Datum"');
		expectSequence('TBody', 'TR', 'TD', '"1"', 'TD', '"01\\.03\\.2025"', 'TD', '"Termin·thema 1:');
		expectSequence('TD', `"Termin·thema ${ROWS}"`);
		expectSequence('H3 \\(block\\)', '"Abschluss"');

		// One header row plus the data rows and the two facts: repeated headers are artifacts.
		expect(structure.match(/^\s*TR$/gm)).toHaveLength(1 + ROWS + 2);
		expect(structure.match(/\/Scope \/Column/g)).toHaveLength(3);
		expect(structure).not.toContain('Seite');
	});

	it('continues a long table over several pages with the header row repeated', () => {
		const pageOf = (needle: RegExp) => text.findIndex((page) => needle.test(page));
		const first = pageOf(/Termin·thema 1:/);
		const last = pageOf(new RegExp(`Termin·thema ${ROWS}\\b`));
		expect(last).toBeGreaterThan(first + 1);
		for (let page = first; page <= last; page++) {
			expect(text[page]).toMatch(/Nr\.\s+Datum\s+Thema/);
		}
		// Every row exactly once: nothing lost or doubled at a page break.
		const all = text.join('\n');
		for (let row = 1; row <= ROWS; row++) {
			expect(all.match(new RegExp(`Termin·thema ${row}\\b`, 'g'))).toHaveLength(1);
		}
	});

	it('numbers every page in the footer', () => {
		expect(text.length).toBeGreaterThanOrEqual(3);
		text.forEach((page, index) => {
			expect(page).toContain(`Seite ${index + 1} von ${text.length}`);
		});
	});

	it('splits a row taller than a page instead of losing text', async () => {
		const words = Array.from({ length: 900 }, (_, i) => `Wort${i + 1}`);
		const long = await render(
			portalDocument([
				{
					kind: 'table',
					caption: 'Notizen',
					headers: ['Datum', 'Notiz'],
					rows: [['01.03.2025', words.join(' ')]]
				}
			])
		);
		const longText = pages(long);
		expect(longText.length).toBeGreaterThan(1);
		expect(longText[1]).toMatch(/Datum\s+Notiz/);
		const all = longText.join(' ');
		for (const word of words) expect(all).toMatch(new RegExp(`\\b${word}\\b`));
		const structure = poppler('pdfinfo', '-struct-text', long);
		expect(structure.match(/^\s*TR$/gm)).toHaveLength(2);
	});

	it('keeps a heading on the same page as the text after it', async () => {
		let moved = 0;
		// Filler of growing length puts the heading at every height near the page bottom.
		for (let filler = 18; filler <= 30; filler++) {
			const result = pages(
				await render(
					portalDocument([
						...paragraphs(filler),
						{ kind: 'heading', level: 2, text: 'Nächster Abschnitt' },
						{ kind: 'paragraph', text: 'Text nach der Überschrift, zwei Zeilen lang. '.repeat(3) }
					])
				)
			);
			const heading = result.findIndex((page) => page.includes('Nächster Abschnitt'));
			expect(result[heading]).toContain('Text nach der Überschrift');
			if (heading > 0 && result[heading]?.trimStart().startsWith('Nächster Abschnitt')) moved++;
		}
		expect(moved).toBeGreaterThan(0);
	}, 30_000); // Renders 13 PDFs: on a busy machine that takes longer than the default 5 s.

	it('leaves no page but the last with fewer than five lines: a table’s last rows take others along', async () => {
		const thin: string[] = [];
		// The filler puts the end of the short table at every height near the page bottom; after
		// it comes a heading with a table whose first row is too tall for what is left.
		for (let filler = 14; filler <= 26; filler++) {
			const result = pages(
				await render(
					portalDocument([
						...paragraphs(filler),
						{
							kind: 'table',
							caption: 'Stunden',
							headers: ['Tag', 'Stunden'],
							rows: Array.from({ length: 6 }, (_, i) => [`${i + 1}. März`, '2 Stunden'])
						},
						{ kind: 'heading', level: 2, text: 'Bericht' },
						{
							kind: 'table',
							caption: 'Notizen',
							headers: ['Tag', 'Notiz'],
							rows: [
								['1. April', Array.from({ length: 36 }, (_, i) => `Zeile ${i + 1}`).join('\n')]
							]
						}
					])
				)
			);
			result.slice(0, -1).forEach((page, index) => {
				const lines = page
					.split('\n')
					.filter((line) => line.trim() !== '' && !/Seite \d+ von/.test(line));
				if (lines.length < 5)
					thin.push(`filler ${filler}, page ${index + 1}: ${lines.join(' | ')}`);
			});
		}
		expect(thin).toEqual([]);
	}, 30_000);

	it('cuts a word wider than its column with a visible hyphen, and nowhere else', async () => {
		const result = pages(
			await render(
				portalDocument([
					{
						kind: 'table',
						caption: 'ICF',
						headers: ['Bereich', 'A', 'B', 'C', 'D', 'E'],
						rows: [['Handlungsgrundsätze Einstiegs·phase', '1', '2', '3', '4', '5']]
					}
				])
			)
		).join('\n');
		const cells = result.split('\n').map((line) => line.trim().split(/\s{2,}/)[0] ?? '');
		const start = cells.findIndex((cell) => cell.startsWith('Hand'));
		const pieces = cells
			.slice(start, start + 6)
			.filter((cell) => cell !== '' && !/^\d$/.test(cell));
		// Every piece but the last of the long word ends in a hyphen; the word reads whole.
		const word = pieces.slice(0, pieces.findIndex((piece) => !piece.endsWith('-')) + 1);
		expect(word.length).toBeGreaterThan(1);
		expect(word.map((piece) => piece.replace(/-$/, '')).join('')).toBe('Handlungsgrundsätze');
		expect(result).toMatch(/Einstiegs·\s+phase|Einstiegs·phase/);
	});
});

describe('what people wrote in another language', () => {
	it('is marked with Lang on its own structure element, and nothing else is', async () => {
		const file = await render({
			...portalDocument([
				{ kind: 'heading', level: 3, text: 'Ich lerne kochen.', lang: 'de' },
				{ kind: 'paragraph', text: 'Tom wrote this note on an English page.', lang: 'en' },
				{ kind: 'paragraph', text: 'Die Notiz ist auf Deutsch.', lang: 'de' },
				{
					kind: 'facts',
					items: [{ label: 'What was good?', value: { text: 'Die Pausen.', lang: 'de' } }]
				},
				{
					kind: 'table',
					caption: 'Hours',
					headers: ['Day', 'Note'],
					rows: [['1 March 2027', { text: 'Bewerbung geschrieben', lang: 'de' }]]
				}
			]),
			lang: 'en'
		});
		const raw = readFileSync(file).toString('latin1');
		const marked = (tag: string) =>
			new RegExp(`/S /${tag}\\b[^>]*?/Lang \\(de\\)|/Lang \\(de\\)[^>]*?/S /${tag}\\b`);
		expect(raw).toMatch(marked('H3'));
		expect(raw).toMatch(marked('P'));
		expect(raw).toMatch(marked('TD'));
		// Heading, one paragraph, the fact's value and the note cell; the English paragraph and
		// the document itself carry the document's language only once, in the catalogue.
		expect(raw.match(/\/Lang \(de\)/g)).toHaveLength(4);
		expect(raw.match(/\/Lang \(en\)/g)).toHaveLength(1);
		expect(pages(file).join('')).toContain('Bewerbung geschrieben');
	});

	it('lets other requests run while a long table is drawn (over 10 ms on any machine)', async () => {
		const rows = Array.from({ length: 1200 }, (_, i) => [
			`${(i % 28) + 1}. März 2027`,
			`Eintrag ${i + 1}: Arbeit in der Werkstatt und ein Gespräch über die Woche`
		]);
		const document = portalDocument([
			{ kind: 'heading', level: 1, text: 'Stunden' },
			{ kind: 'table', caption: 'Alle Einträge', headers: ['Tag', 'Notiz'], rows }
		]);
		// The fonts are read once: that reading must not be what lets the other request in.
		await renderPdf(portalDocument([{ kind: 'paragraph', text: 'Schriften laden' }]));
		let finished = false;
		let otherRequestWaited: boolean | undefined;
		// Stands for another person's request: it must not wait for the whole PDF.
		setImmediate(() => (otherRequestWaited = finished));
		const pdf = await renderPdf(document).finally(() => (finished = true));
		expect(pdf.length).toBeGreaterThan(0);
		expect(otherRequestWaited).toBe(false);
	});
});
