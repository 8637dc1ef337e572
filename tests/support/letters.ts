import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Shared by the account journeys: making a login letter and reading it as a scanner would. */

const folder = mkdtempSync(join(tmpdir(), 'portal-letters-'));

export interface Letter {
	path: string;
	/** What the QR code on page 1 says. */
	link: string;
	/** The PDF's text, spaces folded. */
	text: string;
	info: string;
}

/**
 * Presses the letter button (a form post) and reads the downloaded PDF; then reloads the
 * account page, which stays as it was while the browser saves the file.
 */
export async function makeLetter(page: Page): Promise<Letter> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /^(Brief zum Anmelden machen|Neuen Brief machen)$/ }).click()
	]);
	const path = join(folder, `${crypto.randomUUID()}.pdf`);
	await file.saveAs(path);
	const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
	const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	await page.reload();
	return { path, link: readQr(path), text, info };
}

/** Renders page 1 with poppler and decodes its QR code with jsQR, as a phone camera would. */
export function readQr(pdf: string): string {
	const prefix = join(folder, crypto.randomUUID());
	execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', pdf, prefix]);
	const png = PNG.sync.read(readFileSync(`${prefix}-1.png`));
	const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	expect(code, 'a QR code on page 1 of the letter').not.toBeNull();
	return code!.data;
}

export const unique = (name: string) => `${name}${crypto.randomUUID().slice(0, 6)}`;
