import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../pdf/render';
import { letterAddress, letterDocument, qrCells } from './letter-pdf';
import type { NewLetter } from './letters';

const dir = mkdtempSync(join(tmpdir(), 'portal-letter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const letter = (locale: string | null): NewLetter => ({
	code: 'ABCDEFGHJKMNPQ',
	createdAt: new Date('2026-12-01T10:00:00Z'),
	expiresAt: new Date('2026-12-15T10:00:00Z'),
	account: { displayName: 'Clara Beispiel', username: 'clara', role: 'participant', locale },
	provider: { name: 'Lebenshilfe', phone: '07621 123' },
	viaTrustedPerson: false
});

/** Renders page 1 of the PDF to PNG (poppler) and reads the QR code on it. */
function decodeQr(file: string): string | null {
	execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, join(dir, 'page')]);
	const png = PNG.sync.read(readFileSync(join(dir, 'page-1.png')));
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

describe('the login letter', () => {
	it('is a tagged PDF in the person’s language whose QR code holds the address printed on it', async () => {
		const address = letterAddress('https://portal.example.org', 'ABCDEFGHJKMNPQ');
		expect(address).toBe('https://portal.example.org/login/letter/ABCD-EFGH-JKMN-PQ');
		const file = join(dir, 'letter.pdf');
		writeFileSync(
			file,
			await renderPdf(letterDocument(letter('en'), 'https://portal.example.org'))
		);

		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		expect(info).toMatch(/Tagged:\s+yes/);
		expect(info).toContain('Letter for signing in for Clara Beispiel');
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
		expect(text).toContain('clara');
		// At 18 pt the address breaks after its last slash, so the code stands whole on a line.
		expect(text).toContain('https://portal.example.org/login/letter/\nABCD-EFGH-JKMN-PQ');
		expect(text).toContain('Call: Lebenshilfe');
		expect(text).toContain('Phone: 07621 123');
		expect(text).toContain('15 December 2026');
		expect(execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' })).toMatch(
			/^\s*Figure$/m
		);
		// The figure's text alternative (pdfinfo does not print it).
		expect(readFileSync(file).toString('latin1')).toContain(
			'/Alt (QR code with your link for signing in)'
		);
		expect(decodeQr(file)).toBe(address);
	});

	it('falls back to German for a person without a language', () => {
		const document = letterDocument(letter(null), 'http://localhost');
		expect(document.lang).toBe('de');
		expect(document.largePrint).toBe(true);
		expect(document.title).toBe('Brief zum Anmelden für Clara Beispiel');
	});

	it('draws the QR code with the quiet zone scanners need', () => {
		const cells = qrCells('https://portal.example.org/login/letter/ABCD-EFGH-JKMN-PQ');
		expect(cells.length).toBe(cells[0]!.length);
		for (const border of [cells[0]!, cells[3]!, cells.at(-1)!, cells.map((row) => row[0])])
			expect(border.every((dark) => !dark)).toBe(true);
		// The finder pattern's corner starts right after the quiet zone.
		expect(cells[4]![4]).toBe(true);
	});
});
