import QRCode from 'qrcode';
import { groupLetterCode } from '$lib/domain/accounts';
import { formatInstantDate } from '$lib/domain/dates';
import { m } from '$lib/paraglide/messages.js';
import { isLocale, type Locale } from '$lib/paraglide/runtime';
import type { DocumentBlock, PortalDocument } from '../pdf/document-model';
import type { NewLetter } from './letters';

/**
 * The login letter: easy language, large print, in the language of the person it is for (not
 * of the lead who prints it). It holds the user name and the one-time link as a QR code and as
 * an address to type; never a password.
 */

/** The address printed and put in the QR code. The code is grouped so it is easy to type. */
export function letterAddress(origin: string, code: string): string {
	return `${origin}/login/letter/${groupLetterCode(code)}`;
}

/** A QR code's cells with the quiet zone of four light cells that scanners need around it. */
export function qrCells(text: string): boolean[][] {
	// Level M: survives a fold or a coffee stain on paper, still few cells for a long address.
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const quiet = 4;
	const size = modules.size + 2 * quiet;
	return Array.from({ length: size }, (_, row) =>
		Array.from({ length: size }, (_, column) => {
			const r = row - quiet;
			const c = column - quiet;
			return r >= 0 && c >= 0 && r < modules.size && c < modules.size && modules.get(r, c) === 1;
		})
	);
}

const MM = 72 / 25.4;

export function letterDocument(letter: NewLetter, origin: string): PortalDocument {
	const locale: Locale =
		letter.account.locale && isLocale(letter.account.locale) ? letter.account.locale : 'de';
	const o = { locale };
	const address = letterAddress(origin, letter.code);
	const until = formatInstantDate(letter.expiresAt, locale);
	const heading = (level: 1 | 2, text: string): DocumentBlock => ({ kind: 'heading', level, text });
	const paragraph = (text: string, strong = false): DocumentBlock => ({
		kind: 'paragraph',
		text: text.replaceAll('\n', ' '),
		strong
	});
	const who = letter.provider;
	return {
		title: m.letter_pdf_title({ name: letter.account.displayName }, o),
		lang: locale,
		author: who?.name ?? m.app_name({}, o),
		subject: m.letter_pdf_subject({}, o),
		largePrint: true,
		pageLabel: (page, pages) => m.pdf_page({ page, pages }, o),
		blocks: [
			heading(1, m.letter_pdf_heading({}, o)),
			paragraph(m.letter_pdf_hello({ name: letter.account.displayName }, o)),
			paragraph(m.letter_pdf_intro({}, o)),
			{
				kind: 'facts',
				items: [
					{ label: m.letter_pdf_username({}, o), value: letter.account.username },
					{ label: m.letter_pdf_valid_until({}, o), value: until }
				]
			},
			heading(2, m.letter_pdf_qr_title({}, o)),
			{ kind: 'matrix', cells: qrCells(address), alt: m.letter_pdf_qr_alt({}, o), size: 50 * MM },
			paragraph(m.letter_pdf_type_address({}, o)),
			paragraph(address, true),
			heading(2, m.letter_pdf_steps_title({}, o)),
			{
				kind: 'steps',
				items: [
					{ text: m.letter_pdf_step_scan({}, o), icon: 'phone' },
					{ text: m.letter_pdf_step_button({}, o), icon: 'button' },
					{ text: m.letter_pdf_step_password({}, o), icon: 'lock' }
				]
			},
			heading(2, m.letter_pdf_important_title({}, o)),
			{
				kind: 'list',
				items: [
					m.letter_pdf_once({}, o),
					m.letter_pdf_until({ date: until }, o),
					m.letter_pdf_no_password({}, o),
					m.letter_pdf_keep({}, o)
				].map((text) => text.replaceAll('\n', ' '))
			},
			heading(2, m.letter_pdf_help_title({}, o)),
			paragraph(
				who
					? who.phone
						? m.letter_pdf_help_phone({ provider: who.name, phone: who.phone }, o)
						: m.letter_pdf_help_provider({ provider: who.name }, o)
					: m.letter_pdf_help_admin({}, o)
			)
		]
	};
}
