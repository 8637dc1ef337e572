/**
 * What a downloadable document says, independent of how it is drawn. The documentation
 * builder fills it with texts already in the reader's language; the renderer turns it into
 * a tagged, accessible PDF. Keeping the two apart lets each be tested on its own.
 */

/**
 * What a person wrote, with the language of the page they wrote it on: the PDF marks it
 * (Lang on its structure element) when it differs from the document's (WCAG 3.1.2).
 */
export interface WrittenText {
	text: string;
	lang: string;
}

/** A table cell: the portal's own words, or what a person wrote. */
export type CellText = string | WrittenText;

export type DocumentBlock =
	/** `lang`: the heading is what a person wrote (a goal), in that language. */
	| { kind: 'heading'; level: 1 | 2 | 3; text: string; lang?: string }
	/**
	 * `strong`: bold, for the one line a reader must find (an address to type): broken only at
	 * slashes. `lang`: the paragraph is what a person wrote (a note), in that language.
	 */
	| { kind: 'paragraph'; text: string; strong?: boolean; lang?: string }
	/** A bulleted list; each item may run over several lines. */
	| { kind: 'list'; items: string[] }
	/** Label and value pairs ("Name: Anna Beispiel"), drawn as a two-column table with row headers. */
	| { kind: 'facts'; items: { label: string; value: CellText }[] }
	/**
	 * A data table. `widths` are relative column widths (they need not add up to anything);
	 * without them the columns share the width equally. Long cells wrap; a table longer than a
	 * page continues on the next page with its header row repeated.
	 */
	| { kind: 'table'; caption: string; headers: string[]; rows: CellText[][]; widths?: number[] }
	/**
	 * Numbered steps, drawn as boxes one below the other with arrows between them and a small
	 * pictogram each; read as a numbered list. The pictograms are decoration: the text says it all.
	 */
	| { kind: 'steps'; items: { text: string; icon: StepIcon }[] }
	/**
	 * A square of dark and light cells (a QR code), drawn as vector shapes `size` points wide,
	 * centred; read as a figure with its `alt` text.
	 */
	| { kind: 'matrix'; cells: boolean[][]; alt: string; size: number };

export type StepIcon = 'phone' | 'button' | 'lock';

export interface PortalDocument {
	/** Shown as the PDF title in the reader's window (DisplayDocTitle) and in the metadata. */
	title: string;
	/** BCP 47 language of the text, e.g. "de" or "en". */
	lang: string;
	author: string;
	subject?: string;
	/** The footer on every page, e.g. "Seite 2 von 5". */
	pageLabel: (page: number, pages: number) => string;
	blocks: DocumentBlock[];
	/** Large print: body 18 pt instead of 14 pt, for readers who need it. */
	largePrint?: boolean;
}
