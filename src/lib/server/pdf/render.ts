/**
 * Draws a {@link PortalDocument} as a tagged PDF (PDF 1.7) for screen-reader users: every
 * piece of content sits in a structure element (H1–H3, P, L/LI/Lbl/LBody, Table/THead/TBody/
 * TR/TH/TD, Caption) and all page furniture (borders, repeated table headers, page numbers) is
 * marked as Artifact.
 *
 * Layout is done here rather than by pdfkit's text flow: we wrap text into lines ourselves so
 * we can measure before drawing (headings kept with what follows, table rows that move or split
 * as a whole, header rows repeated) and never break a page inside an open marked-content
 * sequence.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { LoopTurns } from '../loop-turns';
import { WorkSlots } from '../work-slots';
import type { CellText, DocumentBlock, PortalDocument, StepIcon } from './document-model';
import { woffToSfnt } from './woff';

declare global {
	// Augments @types/pdfkit, which declares its types in this namespace.
	// eslint-disable-next-line @typescript-eslint/no-namespace
	namespace PDFKit.Mixins {
		interface StructureElementOptions {
			/** pdfkit (≥ 0.19) writes it as the /Scope of a TH; @types/pdfkit lacks it. */
			scope?: 'Row' | 'Column' | 'Both';
		}
	}
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

type Weight = 'regular' | 'bold';

interface TextStyle {
	weight: Weight;
	size: number;
	/** Extra space between lines, on top of the font's own line height (1.3 em). */
	lineGap: number;
}

interface HeadingStyle extends TextStyle {
	spaceBefore: number;
	spaceAfter: number;
}

const MM = 72 / 25.4;
const MARGIN = 25 * MM;
/** Top of the page-number line, measured from the bottom edge. */
const FOOTER_FROM_BOTTOM = 15 * MM;

// Line heights come out at about 1.5 times the font size (WCAG 1.4.12).
interface Styles {
	BODY: TextStyle;
	STRONG: TextStyle;
	CELL: TextStyle;
	CELL_HEADER: TextStyle;
	CAPTION: TextStyle;
	FOOTER: TextStyle;
	HEADINGS: Record<1 | 2 | 3, HeadingStyle>;
}

/** Body text in normal print: at least 14 pt, as large print asks for. */
const BODY_SIZE = 14;
/** Body text in large print. */
const LARGE_BODY_SIZE = 18;

/** The text styles at a scale: 1 for normal print (body 14 pt), 18/14 for large print (18 pt). */
function stylesAt(scale: number): Styles {
	const style = (weight: Weight, size: number, lineGap: number): TextStyle => ({
		weight,
		size: size * scale,
		lineGap: lineGap * scale
	});
	const heading = (size: number, before: number, after: number): HeadingStyle => ({
		...style('bold', size, 2),
		spaceBefore: before * scale,
		spaceAfter: after * scale
	});
	const BODY = style('regular', BODY_SIZE, 3);
	// Table cells are body text too: the hour rows and the ICF lines are what a reader looks for.
	const CELL = style('regular', BODY_SIZE, 3);
	return {
		BODY,
		STRONG: { ...BODY, weight: 'bold' },
		CELL,
		CELL_HEADER: { ...CELL, weight: 'bold' },
		CAPTION: { ...BODY, weight: 'bold' },
		FOOTER: style('regular', 11, 0),
		HEADINGS: { 1: heading(22, 18, 10), 2: heading(18, 16, 8), 3: heading(16, 12, 6) }
	};
}

const BLOCK_GAP = 10;
/**
 * No page but the last holds fewer lines than this: a table's last rows take rows with them
 * to the next page, and a block does not move on from a page with less on it.
 */
const MIN_PAGE_LINES = 5;
const LIST_ITEM_GAP = 4;
const LIST_INDENT = 18;
const BULLET_X = 4;
const CAPTION_GAP = 4;
const CELL_PAD_X = 6;
const CELL_PAD_Y = 4;
/** Facts: label column and value column. */
const FACT_WIDTHS = [1, 2];
const BORDER_COLOR = '#6e6e6e';
const BORDER_WIDTH = 0.6;
const HEADER_FILL = '#ececec';

/**
 * Break opportunities: after white space, and after a hyphen, en dash, slash or middle dot that
 * sits between two other characters ("Ein-/Ausgang", "10-20", "Einstiegs·phase"). The middle dot
 * marks where an easy-language word may break, as <wbr> does on screen; the dot stays visible.
 */
const TOKENS = /\S*?(?:(?<=[^\s\-–/·])[-–/·]+(?=[^\s\-–/·])|(?=\s|$))\s*/gu;
/** For addresses to type: breaks only after white space and slashes, never inside "ABCD-EFGH". */
const ADDRESS_TOKENS = /\S*?(?:(?<=[^\s/])\/+(?=[^\s/])|(?=\s|$))\s*/gu;

// ---------------------------------------------------------------------------------------
// Font

type FontFile = 'regular' | 'bold' | 'regular-ext' | 'bold-ext';

interface FontAssets {
	files: Record<FontFile, Buffer>;
	/** Code points in the "latin" files; anything else is taken from "latin-ext" if it has it. */
	latin: [number, number][];
	latinExt: [number, number][];
}

const FILE_NAMES: Record<FontFile, string> = {
	regular: 'latin-400-normal',
	bold: 'latin-700-normal',
	'regular-ext': 'latin-ext-400-normal',
	'bold-ext': 'latin-ext-700-normal'
};

let assets: Promise<FontAssets> | undefined;

function loadAssets(): Promise<FontAssets> {
	assets ??= readAssets().catch((error: unknown) => {
		assets = undefined;
		throw error;
	});
	return assets;
}

async function readAssets(): Promise<FontAssets> {
	// Resolved from this module's own location, not process.cwd(): both src/… under Vitest and
	// build/server/chunks/… under `node build` sit below the project's node_modules (the font
	// files are not bundled), and it keeps working whatever directory the server starts in.
	const packageJson = createRequire(import.meta.url).resolve(
		'@fontsource/atkinson-hyperlegible-next/package.json'
	);
	const root = dirname(packageJson);
	// WOFF, not WOFF2: fontkit reads both, but fails to subset this WOFF2 ("Offset is outside
	// the bounds of the DataView") when pdfkit embeds it. Unpacked once (see woff.ts).
	const entries = await Promise.all(
		(Object.keys(FILE_NAMES) as FontFile[]).map(
			async (key) =>
				[
					key,
					woffToSfnt(
						await readFile(
							join(root, 'files', `atkinson-hyperlegible-next-${FILE_NAMES[key]}.woff`)
						)
					)
				] as const
		)
	);
	const unicode = JSON.parse(await readFile(join(root, 'unicode.json'), 'utf8')) as Record<
		string,
		string
	>;
	return {
		files: Object.fromEntries(entries) as Record<FontFile, Buffer>,
		latin: parseRanges(unicode.latin ?? 'U+0000-00FF'),
		latinExt: parseRanges(unicode['latin-ext'] ?? '')
	};
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
function parseRanges(ranges: string): [number, number][] {
	return ranges
		.split(',')
		.map((range) => range.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((range) => {
			const [from = '0', to = from] = range.split('-');
			return [parseInt(from, 16), parseInt(to, 16)];
		});
}

function inRanges(codePoint: number, ranges: [number, number][]): boolean {
	return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

const fontName = (weight: Weight, ext: boolean): FontFile => (ext ? `${weight}-ext` : weight);

// ---------------------------------------------------------------------------------------
// Rendering

/**
 * Two PDFs are drawn at a time, the others wait: since drawing gives other requests turns,
 * many downloads at once would otherwise all hold their pages in memory together.
 */
const drawing = new WorkSlots(2);

export function renderPdf(document: PortalDocument): Promise<Buffer> {
	return drawing.run(() => drawPdf(document));
}

async function drawPdf(document: PortalDocument): Promise<Buffer> {
	const fonts = await loadAssets();
	const doc = new PDFDocument({
		size: 'A4',
		margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
		pdfVersion: '1.7',
		tagged: true,
		lang: document.lang,
		displayTitle: true,
		// Page numbers need the page count, so pages stay open until the end.
		bufferPages: true,
		info: {
			Title: document.title,
			Author: document.author,
			...(document.subject ? { Subject: document.subject } : {})
		}
	});
	escapeXmpValues(doc, [document.title, document.author, document.subject ?? '']);
	for (const key of Object.keys(FILE_NAMES) as FontFile[]) {
		doc.registerFont(key, fonts.files[key]);
	}

	const chunks: Uint8Array[] = [];
	doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
	const finished = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	await new Renderer(doc, fonts, document.largePrint).render(document);
	doc.end();
	return finished;
}

/**
 * pdfkit copies Title, Author and Subject into the XMP metadata without XML escaping, so an
 * "&" in a name would make the packet unreadable (and readers then lose the title).
 */
function escapeXmpValues(doc: Doc, values: string[]): void {
	const unsafe = values.filter((value) => /[&<>]/.test(value));
	if (unsafe.length === 0) return;
	const appendXML = doc.appendXML.bind(doc);
	doc.appendXML = (xml: string, newLine?: boolean) =>
		appendXML(
			unsafe.reduce(
				(out, value) => out.replaceAll(`>${value}</rdf:li>`, `>${escapeXml(value)}</rdf:li>`),
				xml
			),
			newLine
		);
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Column {
	x: number;
	width: number;
}

interface GridCell extends Column {
	tag: 'TH' | 'TD';
	scope?: 'Row' | 'Column';
	/** The language of what a person wrote in this cell. */
	lang?: string;
	style: TextStyle;
	lines: string[];
}

interface GridRow {
	cells: GridCell[];
	/** Lines of the tallest cell, at least 1. */
	lineCount: number;
}

interface Grid {
	caption?: string;
	header?: string[];
	rows: CellText[][];
	columns: Column[];
	/** The first cell of each row heads that row (facts). */
	rowHeaders: boolean;
}

type Block<K extends DocumentBlock['kind']> = Extract<DocumentBlock, { kind: K }>;

class Renderer {
	private readonly root: Struct;
	private readonly left: number;
	private readonly width: number;
	private readonly top: number;
	private readonly bottom: number;
	private y: number;
	/** Lines of content (not artifacts) drawn on the current page so far. */
	private pageLines = 0;
	/** Counts the pages started, so a table knows when to plan its next page break. */
	private pageCount = 1;
	/**
	 * Block by block and row by row, with a turn for the event loop every 10 ms: drawn in one
	 * piece, a year of hours held every other request for 115 ms (270 ms the first time).
	 */
	private readonly turns = new LoopTurns(10);

	private readonly styles: Styles;
	/** The document's language; a block or cell in another one says so. */
	private lang = '';

	constructor(
		private readonly doc: Doc,
		private readonly fonts: FontAssets,
		largePrint = false
	) {
		this.styles = stylesAt(largePrint ? LARGE_BODY_SIZE / BODY_SIZE : 1);
		const { page } = doc;
		this.left = page.margins.left;
		this.width = page.width - page.margins.left - page.margins.right;
		this.top = page.margins.top;
		this.bottom = page.height - page.margins.bottom;
		this.y = this.top;
		this.root = doc.struct('Document');
		doc.addStructure(this.root);
	}

	async render(document: PortalDocument): Promise<void> {
		this.lang = document.lang;
		for (const [index, block] of document.blocks.entries()) {
			await this.block(block, document.blocks, index);
			await this.turns.pause();
		}
		this.root.end();
		this.footers(document.pageLabel);
	}

	private block(
		block: DocumentBlock,
		blocks: DocumentBlock[],
		index: number
	): void | Promise<void> {
		switch (block.kind) {
			case 'heading':
				return this.heading(block, blocks, index);
			case 'paragraph':
				return this.paragraph(block);
			case 'list':
				return this.list(block);
			case 'facts':
				return this.grid(this.factsGrid(block));
			case 'table':
				return this.grid(this.tableGrid(block));
			case 'steps':
				return this.steps(block);
			case 'matrix':
				return this.matrix(block);
		}
	}

	// -- blocks ---------------------------------------------------------------------------

	private heading(block: Block<'heading'>, blocks: DocumentBlock[], index: number): void {
		const style = this.styles.HEADINGS[block.level];
		const lines = this.wrap(block.text, this.width, style);
		if (lines.length === 0) return;
		if (this.y > this.top) this.y += style.spaceBefore;
		// Keep the heading with the start of what follows.
		const keep =
			this.linesHeight(lines.length, style) + style.spaceAfter + this.leadHeight(blocks, index + 1);
		this.ensureRoom(Math.min(keep, this.bottom - this.top));
		const tag = `H${block.level}`;
		const element = this.element(this.root, tag, this.langOf(block.lang));
		this.flowText(element, tag, lines, this.left, style);
		element.end();
		this.y += style.spaceAfter;
	}

	private paragraph(block: Block<'paragraph'>): void {
		const style = block.strong ? this.styles.STRONG : this.styles.BODY;
		const lines = this.wrap(block.text, this.width, style, block.strong ? ADDRESS_TOKENS : TOKENS);
		if (lines.length === 0) return;
		// Up to 3 lines stay together; a longer paragraph needs 2 lines before a page break.
		this.ensureRoom(this.linesHeight(lines.length <= 3 ? lines.length : 2, style));
		const element = this.element(this.root, 'P', this.langOf(block.lang));
		this.flowText(element, 'P', lines, this.left, style);
		element.end();
		this.y += BLOCK_GAP;
	}

	/**
	 * L > LI > Lbl (the number) + LBody (the text). Each step is a box with the number in a
	 * circle and a pictogram; an arrow leads to the next box. Boxes, circles, pictograms and
	 * arrows are Layout artifacts; a box is never split over two pages.
	 */
	private steps(block: Block<'steps'>): void {
		if (block.items.length === 0) return;
		const style = this.styles.STRONG;
		const unit = style.size;
		const pad = unit * 0.8;
		const circle = unit * 2.4;
		const icon = unit * 2.6;
		const arrow = unit * 2.2;
		const textX = this.left + pad + circle + pad;
		const textWidth = this.width - (textX - this.left) - pad - icon - pad;
		const list = this.element(this.root, 'L', {});
		block.items.forEach((item, index) => {
			const lines = this.wrap(item.text, textWidth, style);
			const height = Math.max(circle, icon, this.linesHeight(lines.length, style)) + 2 * pad;
			this.ensureRoom(height + (index < block.items.length - 1 ? arrow : 0));
			const top = this.y;
			this.artifact('Layout', () => {
				this.doc
					.save()
					.lineWidth(1.5)
					.strokeColor('#1a1a1a')
					.roundedRect(this.left, top, this.width, height, unit * 0.6)
					.stroke()
					.restore();
				const cx = this.left + pad + circle / 2;
				const cy = top + height / 2;
				this.doc
					.save()
					.circle(cx, cy, circle / 2)
					.fill('#1a1a1a')
					.restore();
				this.drawIcon(
					item.icon,
					this.left + this.width - pad - icon,
					top + (height - icon) / 2,
					icon
				);
			});
			const li = this.element(list, 'LI');
			const label = this.element(li, 'Lbl');
			const number = String(index + 1);
			const numberStyle: TextStyle = { ...style, size: unit * 1.3 };
			const numberX = this.left + pad + (circle - this.measure(number, numberStyle)) / 2;
			this.useFont(numberStyle, false);
			const numberY = top + height / 2 - this.doc.currentLineHeight(true) / 2;
			this.markInto(label, 'Lbl', () => {
				this.doc.save().fillColor('#ffffff');
				this.drawLine(number, numberX, numberY, numberStyle);
				this.doc.restore();
			});
			label.end();
			const body = this.element(li, 'LBody');
			const textTop = top + (height - this.linesHeight(lines.length, style)) / 2;
			this.markInto(body, 'LBody', () => this.drawLines(lines, textX, textTop, style));
			body.end();
			li.end();
			this.y = top + height;
			if (index < block.items.length - 1) {
				const x = this.left + pad + circle / 2;
				const from = this.y + unit * 0.3;
				const to = this.y + arrow - unit * 0.3;
				this.artifact('Layout', () => {
					this.doc
						.save()
						.lineWidth(2.5)
						.strokeColor('#1a1a1a')
						.moveTo(x, from)
						.lineTo(x, to - unit * 0.5)
						.stroke()
						.polygon([x - unit * 0.5, to - unit * 0.6], [x + unit * 0.5, to - unit * 0.6], [x, to])
						.fill('#1a1a1a')
						.restore();
				});
				this.y += arrow;
			}
		});
		list.end();
		this.y += BLOCK_GAP;
	}

	/** Simple line pictograms, drawn in a square of `size` at (x, y). */
	private drawIcon(kind: StepIcon, x: number, y: number, size: number): void {
		const doc = this.doc
			.save()
			.lineWidth(size / 14)
			.strokeColor('#1a1a1a');
		const u = size / 10;
		switch (kind) {
			case 'phone':
				doc.roundedRect(x + 2.5 * u, y + 0.5 * u, 5 * u, 9 * u, u).stroke();
				doc.rect(x + 3.6 * u, y + 2.6 * u, 2.8 * u, 2.8 * u).stroke();
				doc.rect(x + 4.3 * u, y + 3.3 * u, 1.4 * u, 1.4 * u).fill('#1a1a1a');
				doc.circle(x + 5 * u, y + 8.2 * u, 0.5 * u).fill('#1a1a1a');
				break;
			case 'button':
				doc.roundedRect(x + 0.5 * u, y + 2.5 * u, 9 * u, 4 * u, 2 * u).stroke();
				doc
					.moveTo(x + 3 * u, y + 4.5 * u)
					.lineTo(x + 6.5 * u, y + 4.5 * u)
					.stroke();
				doc
					.polygon([x + 6 * u, y + 3.6 * u], [x + 7.4 * u, y + 4.5 * u], [x + 6 * u, y + 5.4 * u])
					.fill('#1a1a1a');
				doc.circle(x + 7.5 * u, y + 8.2 * u, 0.9 * u).fill('#1a1a1a');
				break;
			case 'lock':
				doc.roundedRect(x + 2 * u, y + 4.5 * u, 6 * u, 5 * u, 0.8 * u).stroke();
				doc
					.moveTo(x + 3.4 * u, y + 4.5 * u)
					.lineTo(x + 3.4 * u, y + 3 * u)
					.bezierCurveTo(x + 3.4 * u, y + 0.6 * u, x + 6.6 * u, y + 0.6 * u, x + 6.6 * u, y + 3 * u)
					.lineTo(x + 6.6 * u, y + 4.5 * u)
					.stroke();
				doc.circle(x + 5 * u, y + 7 * u, 0.7 * u).fill('#1a1a1a');
				break;
		}
		doc.restore();
	}

	/** Figure with its alt text; the cells are filled squares in one path (crisp at any zoom). */
	private matrix(block: Block<'matrix'>): void {
		const count = block.cells.length;
		if (count === 0) return;
		const size = Math.min(block.size, this.width);
		this.ensureRoom(size);
		const cell = size / count;
		const x0 = this.left + (this.width - size) / 2;
		const y0 = this.y;
		const figure = this.element(this.root, 'Figure', { alt: block.alt });
		this.markInto(figure, 'Figure', () => {
			this.doc.save();
			block.cells.forEach((row, r) =>
				row.forEach((dark, c) => {
					// A hair of overlap, so no light seams show between neighbouring cells.
					if (dark) this.doc.rect(x0 + c * cell, y0 + r * cell, cell + 0.05, cell + 0.05);
				})
			);
			this.doc.fill('#000000').restore();
		});
		figure.end();
		this.y = y0 + size + BLOCK_GAP;
	}

	private list(block: Block<'list'>): void {
		if (block.items.length === 0) return;
		const list = this.element(this.root, 'L');
		block.items.forEach((text, index) => {
			if (index > 0) this.y += LIST_ITEM_GAP;
			const lines = this.wrap(text, this.width - LIST_INDENT, this.styles.BODY);
			// The bullet must stand on the same page as the first lines of its item.
			this.ensureRoom(this.linesHeight(Math.min(2, Math.max(1, lines.length)), this.styles.BODY));
			const item = this.element(list, 'LI');
			const label = this.element(item, 'Lbl');
			const y = this.y;
			this.markInto(label, 'Lbl', () =>
				this.drawLine('•', this.left + BULLET_X, y, this.styles.BODY)
			);
			label.end();
			const body = this.element(item, 'LBody');
			this.flowText(body, 'LBody', lines, this.left + LIST_INDENT, this.styles.BODY);
			this.y = Math.max(this.y, y + this.linesHeight(1, this.styles.BODY));
			body.end();
			item.end();
		});
		list.end();
		this.y += BLOCK_GAP;
	}

	private factsGrid(block: Block<'facts'>): Grid {
		return {
			rows: block.items.map(({ label, value }) => [label, value]),
			columns: this.columns(FACT_WIDTHS, 2),
			rowHeaders: true
		};
	}

	private tableGrid(block: Block<'table'>): Grid {
		const count = Math.max(block.headers.length, ...block.rows.map((row) => row.length));
		return {
			caption: block.caption,
			header: block.headers.length > 0 ? block.headers : undefined,
			rows: block.rows,
			columns: this.columns(block.widths, count),
			rowHeaders: false
		};
	}

	/**
	 * Table > Caption, THead > TR > TH, TBody > TR > TD (facts: Table > TR > TH + TD). A row
	 * that does not fit moves to the next page, where the header row is drawn again as a
	 * pagination artifact: the structure keeps one header row, so a screen reader neither
	 * hears it twice nor counts an extra row. Only a row taller than a page is split.
	 */
	private async grid(grid: Grid): Promise<void> {
		if (grid.columns.length === 0) return;
		const captionLines = grid.caption
			? this.wrap(grid.caption, this.width, this.styles.CAPTION)
			: [];
		const header = grid.header ? this.measureRow(grid.header, grid, true) : undefined;
		const rows: GridRow[] = [];
		for (const cells of grid.rows) {
			rows.push(this.measureRow(cells, grid, false));
			await this.turns.pause();
		}
		this.ensureRoom(this.gridLeadHeight(captionLines, header, rows, grid.rowHeaders));

		const table = this.element(this.root, 'Table');
		if (captionLines.length > 0) {
			const caption = this.element(table, 'Caption');
			this.flowText(caption, 'Caption', captionLines, this.left, this.styles.CAPTION);
			caption.end();
			this.y += CAPTION_GAP;
		}
		// A header taller than a third of the page is not worth repeating.
		const repeat =
			header && this.rowHeight(header.lineCount) <= (this.bottom - this.top) / 3
				? header
				: undefined;
		let body = table;
		if (header) {
			const head = this.element(table, 'THead');
			this.row(this.element(head, 'TR'), header);
			head.end();
			if (grid.rows.length > 0) body = this.element(table, 'TBody');
		}
		let plannedOn = 0;
		let breakBefore = -1;
		for (const [index, row] of rows.entries()) {
			if (index === breakBefore) this.newPage(repeat);
			if (plannedOn !== this.pageCount) {
				plannedOn = this.pageCount;
				breakBefore = this.planBreak(rows, index, repeat);
			}
			this.row(this.element(body, 'TR'), row, repeat);
			await this.turns.pause();
		}
		if (body !== table) body.end();
		table.end();
		this.y += BLOCK_GAP;
	}

	/**
	 * Where the table has to go on to the next page, from row `from` on this page: the first
	 * row that does not fit. When the rows after the break hold fewer than MIN_PAGE_LINES
	 * lines and fit on one page, rows from here go with them, so no page holds a lone row.
	 * -1: the rest of the table fits here.
	 */
	private planBreak(rows: GridRow[], from: number, repeat?: GridRow): number {
		let y = this.y;
		let at = from;
		while (at < rows.length && y + this.rowHeight(rows[at]!.lineCount) <= this.bottom) {
			y += this.rowHeight(rows[at]!.lineCount);
			at += 1;
		}
		if (at >= rows.length) return -1;
		const fresh = this.bottom - this.top - (repeat ? this.rowHeight(repeat.lineCount) : 0);
		let lines = 0;
		let height = 0;
		// Only a short tail matters: stop counting as soon as it is long enough.
		for (let index = at; index < rows.length && lines < MIN_PAGE_LINES; index++) {
			lines += rows[index]!.lineCount;
			height += this.rowHeight(rows[index]!.lineCount);
		}
		if (lines >= MIN_PAGE_LINES || height > fresh) return at;
		// One row at least stays, so a caption or header row is not left alone.
		while (lines < MIN_PAGE_LINES && at > from + 1) {
			const previous = rows[at - 1]!;
			const more = this.rowHeight(previous.lineCount);
			if (height + more > fresh) break;
			at -= 1;
			lines += previous.lineCount;
			height += more;
		}
		return at;
	}

	private row(tr: Struct, row: GridRow, repeat?: GridRow): void {
		const elements = row.cells.map((cell) =>
			this.element(tr, cell.tag, {
				...(cell.scope ? { scope: cell.scope } : {}),
				...this.langOf(cell.lang)
			})
		);
		const repeatHeight = repeat ? this.rowHeight(repeat.lineCount) : 0;
		const freshRoom = this.rowLinesThatFit(this.top + repeatHeight);
		let from = 0;
		while (from < row.lineCount) {
			const rest = row.lineCount - from;
			const room = this.rowLinesThatFit(this.y);
			if (rest > room && (room < 1 || (from === 0 && rest <= freshRoom && !this.thinPage()))) {
				this.newPage(repeat);
				continue;
			}
			const to = from + Math.min(rest, room);
			this.drawRowSlice(row, from, to, elements);
			from = to;
			if (from < row.lineCount) this.newPage(repeat);
		}
		elements.forEach((element) => element.end());
		tr.end();
	}

	/** Draws lines [from, to) of every cell; without `elements` the whole slice is an artifact. */
	private drawRowSlice(row: GridRow, from: number, to: number, elements?: Struct[]): void {
		const y = this.y;
		const height = this.rowHeight(to - from);
		const paint = (): void => {
			for (const cell of row.cells) {
				if (cell.tag === 'TH') {
					this.doc.save().rect(cell.x, y, cell.width, height).fill(HEADER_FILL).restore();
				}
			}
			this.doc.save().lineWidth(BORDER_WIDTH).strokeColor(BORDER_COLOR);
			for (const cell of row.cells) this.doc.rect(cell.x, y, cell.width, height);
			this.doc.stroke().restore();
		};
		const write = (cell: GridCell): void =>
			this.drawLines(cell.lines.slice(from, to), cell.x + CELL_PAD_X, y + CELL_PAD_Y, cell.style);

		if (elements) {
			this.pageLines += to - from;
			this.artifact('Layout', paint);
			row.cells.forEach((cell, index) => {
				const element = elements[index];
				if (element && cell.lines.length > from)
					this.markInto(element, cell.tag, () => write(cell));
			});
		} else {
			this.artifact('Pagination', () => {
				paint();
				row.cells.forEach(write);
			});
		}
		this.y = y + height;
	}

	private footers(pageLabel: PortalDocument['pageLabel']): void {
		const { start, count } = this.doc.bufferedPageRange();
		for (let index = 0; index < count; index++) {
			this.doc.switchToPage(start + index);
			const text = pageLabel(index + 1, count);
			const x = this.left + (this.width - this.measure(text, this.styles.FOOTER)) / 2;
			const y = this.doc.page.height - FOOTER_FROM_BOTTOM;
			this.artifact('Pagination', () => this.drawLine(text, x, y, this.styles.FOOTER), ['Bottom']);
		}
	}

	// -- measuring ------------------------------------------------------------------------

	/** Height of the part of blocks[index] that a heading before it must share a page with. */
	private leadHeight(blocks: DocumentBlock[], index: number): number {
		const block = blocks[index];
		if (!block) return 0;
		switch (block.kind) {
			case 'heading': {
				const style = this.styles.HEADINGS[block.level];
				const lines = this.wrap(block.text, this.width, style).length;
				return (
					style.spaceBefore +
					this.linesHeight(lines, style) +
					style.spaceAfter +
					this.leadHeight(blocks, index + 1)
				);
			}
			case 'paragraph':
				return this.linesHeight(
					Math.min(2, this.wrap(block.text, this.width, this.styles.BODY).length),
					this.styles.BODY
				);
			case 'steps':
				return this.styles.STRONG.size * 5;
			case 'matrix':
				return Math.min(block.size, this.width);
			case 'list': {
				const first = block.items[0];
				const lines =
					first === undefined
						? 0
						: this.wrap(first, this.width - LIST_INDENT, this.styles.BODY).length;
				return this.linesHeight(Math.min(2, Math.max(1, lines)), this.styles.BODY);
			}
			case 'facts':
			case 'table': {
				const grid = block.kind === 'facts' ? this.factsGrid(block) : this.tableGrid(block);
				const caption = grid.caption
					? this.wrap(grid.caption, this.width, this.styles.CAPTION)
					: [];
				const header = grid.header ? this.measureRow(grid.header, grid, true) : undefined;
				// Facts are a few pairs, kept whole; of a table only the first row counts.
				const rows = (grid.rowHeaders ? grid.rows : grid.rows.slice(0, 1)).map((cells) =>
					this.measureRow(cells, grid, false)
				);
				return this.gridLeadHeight(caption, header, rows, grid.rowHeaders);
			}
		}
	}

	/**
	 * Room a grid needs on the page where it starts: its caption, header and first row, or with
	 * `whole` (facts: a few label and value pairs) all its rows when they fit on one page.
	 */
	private gridLeadHeight(
		caption: string[],
		header: GridRow | undefined,
		rows: GridRow[],
		whole: boolean
	): number {
		const first = rows[0] ? this.rowHeight(rows[0].lineCount) : 0;
		const all = rows.reduce((sum, row) => sum + this.rowHeight(row.lineCount), 0);
		const page = this.bottom - this.top;
		const rowsHeight =
			(header ? this.rowHeight(header.lineCount) : 0) + (whole && all <= page ? all : first);
		const captionHeight =
			caption.length > 0 ? this.linesHeight(caption.length, this.styles.CAPTION) + CAPTION_GAP : 0;
		// A row taller than the page would be split anyway: never ask for more than a page.
		return Math.min(captionHeight + rowsHeight, this.bottom - this.top);
	}

	private columns(widths: number[] | undefined, count: number): Column[] {
		const usable =
			widths &&
			widths.length === count &&
			widths.every((width) => Number.isFinite(width) && width > 0);
		const relative = usable ? widths : Array.from({ length: count }, () => 1);
		const total = relative.reduce((sum, width) => sum + width, 0);
		let x = this.left;
		return relative.map((share) => {
			const column = { x, width: (this.width * share) / total };
			x += column.width;
			return column;
		});
	}

	private measureRow(texts: CellText[], grid: Grid, isHeader: boolean): GridRow {
		const cells = grid.columns.map((column, index): GridCell => {
			const heads = isHeader || (grid.rowHeaders && index === 0);
			const style = heads ? this.styles.CELL_HEADER : this.styles.CELL;
			const cell = texts[index] ?? '';
			const text = typeof cell === 'string' ? cell : cell.text;
			return {
				...column,
				tag: heads ? 'TH' : 'TD',
				...(heads ? { scope: isHeader ? 'Column' : 'Row' } : {}),
				...(typeof cell === 'string' ? {} : { lang: cell.lang }),
				style,
				lines: this.wrap(text, column.width - 2 * CELL_PAD_X, style)
			};
		});
		return { cells, lineCount: Math.max(1, ...cells.map((cell) => cell.lines.length)) };
	}

	/** Cell styles share size and line gap, so one line height serves the whole row. */
	private rowHeight(lines: number): number {
		return this.linesHeight(lines, this.styles.CELL) + 2 * CELL_PAD_Y;
	}

	private rowLinesThatFit(y: number): number {
		return this.linesThatFit(y + 2 * CELL_PAD_Y, this.styles.CELL);
	}

	private lineHeight(style: TextStyle): number {
		this.useFont(style, false);
		return this.doc.currentLineHeight(true) + style.lineGap;
	}

	/** The gap after the last line belongs to the spacing between blocks, not to the text. */
	private linesHeight(lines: number, style: TextStyle): number {
		return lines > 0 ? lines * this.lineHeight(style) - style.lineGap : 0;
	}

	private linesThatFit(y: number, style: TextStyle): number {
		return Math.floor((this.bottom - y + style.lineGap + 0.01) / this.lineHeight(style));
	}

	/**
	 * Wraps text to lines no wider than `width`. Each line keeps its trailing space, so words
	 * on either side of a line break stay apart when the text is read or copied. Newlines in
	 * the text start new lines; soft hyphens are dropped. Words break only at their break
	 * opportunities ({@link TOKENS}); only a word wider than the whole line is cut, with a hyphen.
	 */
	private wrap(text: string, width: number, style: TextStyle, tokens = TOKENS): string[] {
		const clean = text
			.replace(/\r\n?/g, '\n')
			.replace(/\u00ad/g, '')
			.replace(/\t/g, ' ');
		if (clean.trim() === '') return [];
		const lines: string[] = [];
		for (const paragraph of clean.split('\n')) {
			let line = '';
			let lineWidth = 0;
			for (const token of paragraph.match(tokens) ?? []) {
				if (token === '') continue;
				const word = token.trimEnd();
				const wordWidth = this.measure(word, style);
				if (line !== '' && lineWidth + wordWidth > width) {
					lines.push(line);
					line = '';
					lineWidth = 0;
				}
				let rest = token;
				if (line === '' && wordWidth > width) {
					// A word longer than the line is cut where it must be.
					const pieces = this.cut(word, width, style);
					lines.push(...pieces.slice(0, -1));
					rest = (pieces.at(-1) ?? '') + token.slice(word.length);
				}
				line += rest;
				lineWidth += this.measure(rest, style);
			}
			lines.push(line);
		}
		return lines;
	}

	/**
	 * Cuts a word wider than the line into pieces that fit, each but the last ending in a
	 * visible hyphen, so the reader sees that the word goes on ("Handlungs- / grundsätze").
	 * Never right before or after the cut lies a lone letter.
	 */
	private cut(word: string, width: number, style: TextStyle): string[] {
		const chars = [...word];
		const pieces: string[] = [];
		let from = 0;
		while (from < chars.length) {
			const rest = chars.slice(from).join('');
			if (this.measure(rest, style) <= width) {
				pieces.push(rest);
				break;
			}
			let to = from + 1;
			while (
				to < chars.length - 1 &&
				this.measure(`${chars.slice(from, to + 1).join('')}-`, style) <= width
			) {
				to += 1;
			}
			// Two letters at least on each side of the hyphen, where the line allows it.
			if (chars.length - to < 2 && to - from > 2) to = chars.length - 2;
			pieces.push(`${chars.slice(from, to).join('')}-`);
			from = to;
		}
		return pieces;
	}

	private measure(text: string, style: TextStyle): number {
		return this.runs(text).reduce((width, run) => {
			this.useFont(style, run.ext);
			return width + this.doc.widthOfString(run.text);
		}, 0);
	}

	/**
	 * Splits text by the font file that has its glyphs: the latin file covers German and
	 * English, latin-ext adds names such as "Łukasz" or "Şahin".
	 */
	private runs(text: string): { text: string; ext: boolean }[] {
		const runs: { text: string; ext: boolean }[] = [];
		for (const char of text) {
			const codePoint = char.codePointAt(0) ?? 0;
			// Latin-1 is always in the latin file; checking it first keeps the common case cheap.
			const ext =
				codePoint > 0xff &&
				!inRanges(codePoint, this.fonts.latin) &&
				inRanges(codePoint, this.fonts.latinExt);
			const last = runs.at(-1);
			if (last && last.ext === ext) last.text += char;
			else runs.push({ text: char, ext });
		}
		return runs;
	}

	// -- drawing --------------------------------------------------------------------------

	private useFont(style: TextStyle, ext: boolean): void {
		this.doc.font(fontName(style.weight, ext)).fontSize(style.size);
	}

	/** Draws lines (which fit the page) one below the other, starting at y. */
	private drawLines(lines: string[], x: number, y: number, style: TextStyle): void {
		const lineHeight = this.lineHeight(style);
		lines.forEach((line, index) => this.drawLine(line, x, y + index * lineHeight, style));
	}

	private drawLine(line: string, x: number, y: number, style: TextStyle): void {
		let cursor = x;
		for (const run of this.runs(line)) {
			this.useFont(style, run.ext);
			// lineBreak: false draws exactly this text here: no wrapping, no automatic page break.
			this.doc.text(run.text, cursor, y, { lineBreak: false });
			cursor += this.doc.widthOfString(run.text);
		}
	}

	/** Draws lines from the current position on, continuing on new pages as needed. */
	private flowText(
		element: Struct,
		tag: string,
		lines: string[],
		x: number,
		style: TextStyle
	): void {
		let from = 0;
		while (from < lines.length) {
			let count = Math.min(this.linesThatFit(this.y, style), lines.length - from);
			if (count < 1) {
				this.newPage();
				continue;
			}
			// No single line left alone at the top of the next page.
			if (lines.length - from - count === 1 && count >= 3) count -= 1;
			const chunk = lines.slice(from, from + count);
			const y = this.y;
			this.markInto(element, tag, () => this.drawLines(chunk, x, y, style));
			this.pageLines += count;
			this.y = y + this.linesHeight(count, style);
			from += count;
			if (from < lines.length) this.newPage();
		}
	}

	/**
	 * Moves on to a new page when `height` does not fit, except on a page that holds fewer
	 * than {@link MIN_PAGE_LINES} lines: that page would stay nearly empty, so the block
	 * starts here and flows on instead.
	 */
	private ensureRoom(height: number): void {
		if (this.y > this.top && this.y + height > this.bottom && !this.thinPage()) this.newPage();
	}

	private thinPage(): boolean {
		return this.pageLines > 0 && this.pageLines < MIN_PAGE_LINES;
	}

	/** Starts a new page, repeating a table's header row on it if given. */
	private newPage(repeat?: GridRow): void {
		this.doc.addPage();
		this.y = this.top;
		this.pageLines = 0;
		this.pageCount += 1;
		if (repeat) this.drawRowSlice(repeat, 0, repeat.lineCount);
	}

	// -- tagging --------------------------------------------------------------------------

	/** Lang for a structure element whose text is in another language than the document. */
	private langOf(lang: string | undefined): { lang?: string } {
		return lang && lang !== this.lang ? { lang } : {};
	}

	private element(
		parent: Struct,
		type: string,
		options: PDFKit.Mixins.StructureElementOptions = {}
	): Struct {
		const element = this.doc.struct(type, options);
		parent.add(element);
		return element;
	}

	/**
	 * Draws content as one marked-content sequence of `element`. The content is added to the
	 * element only after drawing, when pdfkit knows its page, so the parent tree is complete.
	 */
	private markInto(element: Struct, tag: string, draw: () => void): void {
		const content = this.doc.markStructureContent(tag);
		draw();
		this.doc.endMarkedContent();
		element.add(content);
	}

	private artifact(type: 'Pagination' | 'Layout', draw: () => void, attached?: string[]): void {
		this.doc.markContent('Artifact', { type, ...(attached ? { attached } : {}) });
		draw();
		this.doc.endMarkedContent();
	}
}

/** The size of body text and table cells, in points (for tests). */
export function bodySize(options: Pick<PortalDocument, 'largePrint'>): number {
	const styles = stylesAt(options.largePrint ? LARGE_BODY_SIZE / BODY_SIZE : 1);
	return Math.min(styles.BODY.size, styles.CELL.size);
}
