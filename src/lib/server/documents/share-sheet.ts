import { error } from '@sveltejs/kit';
import { formatInstantDate } from '$lib/domain/dates';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime';
import { requireRole, type Actor } from '../access';
import { qrCells } from '../accounts/letter-pdf';
import type { DocumentBlock, PortalDocument } from '../pdf/document-model';
import { findSharedDocument, type SharedDocument } from './sharing';

/**
 * The share link as the person can pass it on: a QR code on the page and a printable sheet
 * (link as text, QR code, end date). The token is never stored, so the sheet is made from the
 * link the page has just shown, and only for the participant whose link it is.
 */

/** The link's own token, when `link` is one of this portal's share addresses. */
export function shareToken(link: string, origin: string): string | null {
	const prefix = `${origin}/share/`;
	return link.startsWith(prefix) ? link.slice(prefix.length) : null;
}

/** The participant's own link that still works, or 404 (also for someone else's link). */
export async function ownActiveShare(
	actor: Actor | null,
	link: string,
	origin: string,
	now: Date
): Promise<SharedDocument> {
	const participant = requireRole(actor, ['participant']);
	const token = shareToken(link, origin);
	const shared = token ? await findSharedDocument(token, now) : null;
	if (!shared || shared.participantId !== participant.id) error(404, 'Not Found');
	return shared;
}

/** The QR code as one SVG path of unit squares, for a page to draw without JavaScript. */
export function qrSvg(text: string): { size: number; path: string } {
	const cells = qrCells(text);
	const path = cells
		.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
		.join('');
	return { size: cells.length, path };
}

const MM = 72 / 25.4;

export function shareSheetDocument(
	link: string,
	shared: SharedDocument,
	locale: Locale
): PortalDocument {
	const o = { locale };
	const until = formatInstantDate(shared.expiresAt, locale);
	const paragraph = (text: string, strong = false): DocumentBlock => ({
		kind: 'paragraph',
		text: text.replaceAll('\n', ' '),
		strong
	});
	const what =
		shared.document === 'report'
			? m.share_sheet_report({ name: shared.participantName }, o)
			: m.share_sheet_documentation({ name: shared.participantName }, o);
	return {
		title: m.share_sheet_title({ name: shared.participantName }, o),
		lang: locale,
		author: shared.participantName,
		subject: m.share_sheet_subject({}, o),
		largePrint: true,
		pageLabel: (page, pages) => m.pdf_page({ page, pages }, o),
		blocks: [
			{ kind: 'heading', level: 1, text: m.share_sheet_heading({}, o) },
			paragraph(m.share_sheet_intro({ name: shared.participantName }, o)),
			{
				kind: 'facts',
				items: [
					{ label: m.share_sheet_document({}, o), value: what },
					{ label: m.share_sheet_until({}, o), value: until }
				]
			},
			{ kind: 'heading', level: 2, text: m.share_sheet_qr_title({}, o) },
			{ kind: 'matrix', cells: qrCells(link), alt: m.share_sheet_qr_alt({}, o), size: 50 * MM },
			paragraph(m.share_sheet_type({}, o)),
			paragraph(link, true),
			{ kind: 'heading', level: 2, text: m.share_sheet_important_title({}, o) },
			{
				kind: 'list',
				items: [
					m.share_sheet_until_text({ date: until }, o),
					m.share_sheet_keep({}, o),
					m.share_sheet_stop({ name: shared.participantName }, o)
				].map((text) => text.replaceAll('\n', ' '))
			}
		]
	};
}
