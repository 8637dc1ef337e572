import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { icfCategories, icfCoreSetCodes } from '../src/lib/domain/icf';
import { expectNoAxeViolations } from './support/axe';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { signIn, testBaseUrl, type Username } from './support/accounts';
import { readQr } from './support/letters';

/**
 * The documentation journeys of issue 6, with JavaScript off: downloads, the final report from
 * draft to final, share links and the access log. They build on each other, so they run in order.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ javaScriptEnabled: false });

const futureUrl = process.env.E2E_FUTURE_URL!;
const folder = mkdtempSync(join(tmpdir(), 'portal-documents-'));

async function signedIn(browser: Browser, username: Username): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
	const page = await context.newPage();
	await signIn(page, username);
	return page;
}

async function signedOut(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
	return context.newPage();
}

/** Clicks a download link, as a person would, and returns the file's path. */
async function download(page: Page, linkName: string | RegExp): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: linkName }).click()
	]);
	const path = join(folder, `${crypto.randomUUID()}-${file.suggestedFilename()}`);
	await file.saveAs(path);
	return path;
}

function pdfInfo(path: string): string {
	return execFileSync('pdfinfo', [path], { encoding: 'utf8' });
}

/** The PDF's text with line breaks and table gaps folded, so sentences can be found whole. */
function pdfText(path: string): string {
	return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
		.replace(/\s+/g, ' ')
		.replace(/· /g, '·');
}

/**
 * axe runs in a page with scripts on: in a script-less page it does not finish on the long
 * report pages here. The page is the same server-rendered HTML either way.
 */
async function expectPageAccessible(
	browser: Browser,
	username: Username | null,
	url: string
): Promise<void> {
	const page = await (
		await browser.newContext({ locale: 'de-DE', javaScriptEnabled: true })
	).newPage();
	if (username) await signIn(page, username);
	await page.goto(url);
	await expectNoAxeViolations(page);
	await page.context().close();
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

let annaId = '';
let shareUrl = '';

test('anna downloads her documentation as a tagged PDF and her data as JSON, and they agree', async ({
	browser
}) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/documents');
	await expect(anna.getByRole('heading', { level: 1 })).toHaveText('Meine Dokumentation');
	// No final report yet: no link to a report PDF, a sentence instead.
	await expect(anna.getByRole('link', { name: /Abschluss·bericht als PDF/ })).toHaveCount(0);
	await expect(anna.locator('main')).toContainText('Der Abschluss·bericht ist noch nicht fertig.');

	const pdf = await download(anna, /Meine Dokumentation als PDF/);
	const info = pdfInfo(pdf);
	expect(info).toMatch(/Tagged:\s+yes/);
	expect(info).toMatch(/Title:\s+Meine Dokumentation: Anna Berger/);
	expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
	const text = pdfText(pdf);
	expect(text).toContain('Einstiegs·phase');
	expect(text).toContain('Qualifizierungs·phase');
	expect(text).toMatch(/Sie haben \d+ Stunden( und \d+ Minuten)? von 48 Stunden genutzt\./);
	expect(text).toMatch(/Sie haben \d+ Stunden( und \d+ Minuten)? von 540 Stunden genutzt\./);
	expect(text).toMatch(/Seite 1 von \d+/);

	const jsonPath = await download(anna, /Alle meine Daten als Datei/);
	const data = JSON.parse(readFileSync(jsonPath, 'utf8'));
	annaId = data.participant.id;
	expect(Object.keys(data)).toEqual(
		expect.arrayContaining([
			'participant',
			'bookings',
			'goals',
			'hours',
			'feedback',
			'notes',
			'reports',
			'accessLog'
		])
	);
	expect(data.participant.name).toBe('Anna Berger');
	expect(data.bookings.map((booking: { module: string }) => booking.module).sort()).toEqual([
		'entry',
		'qualification',
		'transition'
	]);
	// Everything the PDF shows is in the JSON: the hours, goals and notes.
	for (const hours of data.hours) {
		const live = hours.entries.filter(
			(entry: { id: string; cancellation: boolean }) => !entry.cancellation
		);
		expect(hours.usedMinutes).toBe(
			hours.months.reduce((sum: number, month: { minutes: number }) => sum + month.minutes, 0)
		);
		expect(live.length).toBeGreaterThan(0);
	}
	// A text may run over a page break: the page footers between its lines are left out.
	const withoutFooters = fold(text.replace(/Seite \d+ von \d+/g, ' '));
	for (const goal of data.goals) expect(withoutFooters).toContain(fold(goal.text));
	expect(data.notes.length).toBeGreaterThanOrEqual(6);
	for (const note of data.notes) expect(withoutFooters).toContain(fold(note.text));
	const corrected = data.notes.find(
		(note: { earlierVersions: unknown[] }) => note.earlierVersions.length > 0
	);
	expect(text).toContain(fold(corrected.earlierVersions[0].text));
	for (const item of data.feedback)
		for (const answer of item.answers) expect(text).toContain(fold(answer.text));
	// Nothing of other people.
	const raw = JSON.stringify(data);
	expect(raw).not.toContain('Ben Schäfer');
	expect(raw).not.toContain('montags nicht');
});

test('a report cannot be final with parts missing; the error names them', async ({ browser }) => {
	const tom = await signedIn(browser, 'tom');
	await tom.goto('/provider/reports');
	await tom.getByRole('link', { name: /Anna Berger/ }).click();
	await expect(tom).toHaveURL(`/provider/reports/${annaId}`);
	await tom
		.getByLabel('Ausgangslage')
		.fill('Anna wollte herausfinden, welche Arbeit zu ihr passt.');
	await tom
		.getByLabel('Verlauf')
		.fill('Anna hat in der Küche und im Garten gearbeitet.\nIm Garten ging es ihr am besten.');
	await tom.locator('#icf-d845-performance').selectOption('2');
	await tom.locator('#icf-d845-capacity').selectOption('1');
	await tom.getByLabel('Kommentar zu d845').fill('Sucht mit Hilfe einen Praktikums·platz.');
	await tom.getByRole('button', { name: 'Entwurf speichern' }).click();
	await expect(tom.getByRole('status')).toHaveText('Der Entwurf ist gespeichert.');
	// Tom is a trainer: only the lead can finish it.
	await expect(tom.locator('main')).toContainText(
		'Nur die Leitung kann den Bericht fertig machen.'
	);

	const lea = await signedIn(browser, 'lea');
	await lea.goto(`/provider/reports/${annaId}`);
	await lea.getByLabel('Ich habe den Bericht geprüft. Er ist fertig.').check();
	await lea.getByRole('button', { name: 'Bericht fertig machen' }).click();
	const summary = lea.getByRole('alert').first();
	await expect(summary).toContainText('Empfehlung');
	await expect(summary).toContainText('ICF-Einschätzung für b130');
	await expect(summary).toContainText('ICF-Einschätzung für e590');
	await expect(summary).not.toContainText('ICF-Einschätzung für d845');
	await expect(summary).toContainText(
		'Zielerreichung für „Ich fahre allein mit dem Bus zur Arbeit.“'
	);

	// The same error state passes axe, checked with scripts on: in a script-less page axe does
	// not finish on this very long form.
	const withScript = await (
		await browser.newContext({ locale: 'de-DE', javaScriptEnabled: true })
	).newPage();
	await signIn(withScript, 'lea');
	await withScript.goto(`/provider/reports/${annaId}`);
	await withScript.getByLabel('Ich habe den Bericht geprüft. Er ist fertig.').check();
	await withScript.getByRole('button', { name: 'Bericht fertig machen' }).click();
	await expect(withScript.getByRole('alert').first()).toContainText('Empfehlung');
	await expectNoAxeViolations(withScript);
});

test('tom completes the draft, anna reads it with explanations and comments, lea finalises', async ({
	browser
}) => {
	const tom = await signedIn(browser, 'tom');
	await tom.goto(`/provider/reports/${annaId}`);
	for (const goalField of await tom.locator('textarea[name^="goal-"]').all())
		await goalField.fill('Das Ziel ist gut voran·gekommen.');
	for (const code of icfCoreSetCodes) {
		const category = icfCategories.find((entry) => entry.code === code)!;
		if (code === 'd845') continue;
		if (category.component === 'd') {
			await tom.locator(`#icf-${code}-performance`).selectOption('1');
			await tom.locator(`#icf-${code}-capacity`).selectOption('1');
		} else {
			await tom
				.locator(`#icf-${code}-qualifier`)
				.selectOption(category.component === 'e' ? '+3' : '0');
		}
	}
	await tom
		.getByLabel('Empfehlung')
		.fill('Anna soll die Qualifizierungs·phase in der Gärtnerei weiter·machen.');
	await tom.getByRole('button', { name: 'Entwurf speichern' }).click();
	await expect(tom.getByRole('status')).toHaveText('Der Entwurf ist gespeichert.');

	const anna = await signedIn(browser, 'anna');
	await anna.goto('/documents/report');
	// "Entwurf" links to the Wörterbuch, whose hidden hint sits in the text.
	await expect(anna.getByRole('status').first()).toContainText(
		/Das ist ein Entwurf(\(im Wörterbuch erklärt\))?\./
	);
	const d845 = anna.locator('.icf-line', { hasText: 'd845' });
	// The easy words only: no percentage bands, no "Schädigung".
	await expect(d845).toContainText('Eine Arbeit erhalten, behalten und beenden');
	await expect(d845).toContainText('ein mittleres Problem');
	await expect(d845).not.toContainText('%');
	await expect(anna.locator('main')).not.toContainText('Schädigung');
	await expect(d845).toContainText('Sucht mit Hilfe einen Praktikums·platz.');
	await expectPageAccessible(browser, 'anna', anna.url());
	await anna.getByLabel('Was sagen Sie zum Bericht?').fill('Ich will in der Gärtnerei bleiben.');
	await anna.getByRole('button', { name: 'Meine Meinung speichern' }).click();
	await expect(anna.getByRole('status').last()).toContainText('Ihre Meinung ist gespeichert.');

	const lea = await signedIn(browser, 'lea');
	await lea.goto(`/provider/reports/${annaId}`);
	await expect(lea.locator('main')).toContainText('Ich will in der Gärtnerei bleiben.');
	await lea.getByLabel('Ich habe den Bericht geprüft. Er ist fertig.').check();
	await lea.getByRole('button', { name: 'Bericht fertig machen' }).click();
	await expect(lea.getByRole('status')).toContainText('Der Bericht ist fertig.');
	await expect(lea.getByRole('button', { name: 'Neue Fassung anlegen' })).toBeVisible();
	await expectPageAccessible(browser, 'lea', lea.url());

	// A final report takes no more comments, even from a form sent late.
	await anna.goto('/documents/report');
	await expect(anna.getByLabel('Was sagen Sie zum Bericht?')).toHaveCount(0);
	const pdf = await download(anna, 'Abschluss·bericht als PDF herunter·laden');
	expect(pdfInfo(pdf)).toMatch(/Tagged:\s+yes/);
	const text = pdfText(pdf);
	expect(text).toContain('Abschluss·bericht: Anna Berger');
	expect(text).toContain('d845 Eine Arbeit erhalten, behalten und beenden');
	expect(text).toContain('Eine Arbeit finden.');
	expect(text).toContain('Ich will in der Gärtnerei bleiben.');
	expect(text).toContain('Anna soll die Qualifizierungs·phase in der Gärtnerei weiter·machen.');

	await anna.goto('/documents');
	await expect(anna.getByRole('link', { name: /Abschluss·bericht als PDF/ })).toBeVisible();
});

test('a share link opens one document signed out, stops after its time and after revoke', async ({
	browser
}) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/documents/share');
	// The radio, not a link made earlier, whose heading starts with the same words.
	await anna.getByRole('radio', { name: 'Meine Dokumentation', exact: true }).check();
	await anna.getByLabel('7 Tage').check();
	await anna.getByLabel('Für wen ist der Link?').fill('Frau Müller');
	await anna.getByRole('button', { name: 'Link machen' }).click();
	await expect(anna.getByRole('heading', { name: 'Ihr Link ist fertig.' })).toBeVisible();
	shareUrl = (await anna.locator('#created-url').textContent())!.trim();
	expect(shareUrl).toMatch(/\/share\/[a-z2-7]{32}$/);

	const funder = await signedOut(browser);
	await funder.goto(shareUrl);
	await expect(funder.getByRole('heading', { level: 1 })).toHaveText('Ein Dokument für Sie');
	await expect(funder.locator('main')).toContainText(
		'Anna Berger teilt dieses Dokument mit Ihnen.'
	);
	await expectPageAccessible(browser, null, shareUrl);
	const pdf = await download(funder, 'Dokumentation als PDF herunter·laden');
	expect(pdfText(pdf)).toContain('Meine Dokumentation: Anna Berger');

	// Eight days later (a second server whose clock runs ahead), the 7-day link has run out.
	const later = await signedOut(browser);
	const expiredPage = await later.goto(shareUrl.replace(/^http:\/\/[^/]+/, futureUrl));
	expect(expiredPage?.status()).toBe(404);
	await expect(later.getByRole('heading', { level: 1 })).toHaveText('Dieser Link geht nicht.');
	const expiredText = await later.locator('main').innerText();
	await expectPageAccessible(browser, null, later.url());
	const expiredDownload = await later.request.get(
		`${shareUrl.replace(/^http:\/\/[^/]+/, futureUrl)}/document.pdf`,
		{ maxRedirects: 0 }
	);
	expect(expiredDownload.status()).toBe(303);

	// A tampered token and an unknown one answer exactly like the expired link.
	const token = shareUrl.split('/').at(-1)!;
	const tampered = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
	for (const wrong of [tampered, 'a'.repeat(32), 'nonsense']) {
		const response = await later.goto(`/share/${wrong}`);
		expect(response?.status()).toBe(404);
		expect(await later.locator('main').innerText()).toBe(expiredText);
	}

	// Anna sees the opening and stops the link after a question.
	await anna.goto('/documents/share');
	const link = anna.locator('article', { hasText: 'Frau Müller' });
	await expect(link).toContainText('So oft hat jemand das Dokument geöffnet: 1');
	await link.getByRole('link', { name: 'Link stoppen' }).click();
	await expect(anna.getByRole('heading', { level: 1 })).toHaveText(
		'Wollen Sie den Link wirklich stoppen?'
	);
	await expectPageAccessible(browser, 'anna', anna.url());
	await anna.getByRole('button', { name: 'Ja, Link stoppen' }).click();
	await expect(anna.getByRole('status')).toContainText('Der Link ist gestoppt.');
	await expect(anna.locator('article', { hasText: 'Frau Müller' })).toContainText('gestoppt');

	const afterRevoke = await funder.goto(shareUrl);
	expect(afterRevoke?.status()).toBe(404);
	expect(await funder.locator('main').innerText()).toBe(expiredText);
});

test('a 30-day link still opens on the server eight days ahead', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/documents/share');
	await anna.getByRole('radio', { name: 'Abschluss·bericht', exact: true }).check();
	await anna.getByLabel('30 Tage').check();
	await anna.getByRole('button', { name: 'Link machen' }).click();
	const url = (await anna.locator('#created-url').textContent())!.trim();
	const later = await signedOut(browser);
	await later.goto(url.replace(/^http:\/\/[^/]+/, futureUrl));
	await expect(later.getByRole('heading', { level: 1 })).toHaveText('Ein Dokument für Sie');
	const response = await later.request.get(
		`${url.replace(/^http:\/\/[^/]+/, futureUrl)}/document.pdf`
	);
	expect(response.headers()['content-type']).toBe('application/pdf');
	const path = join(folder, 'shared-report.pdf');
	writeFileSync(path, await response.body());
	expect(pdfText(path)).toContain('Abschluss·bericht: Anna Berger');
});

test('other people get 404 for anna’s documents', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/documents/share');
	const revokeHref = await anna
		.getByRole('link', { name: 'Link stoppen' })
		.first()
		.getAttribute('href');
	await anna.goto('/documents/notes');
	const ben = await signedIn(browser, 'ben');
	expect((await ben.goto(revokeHref!))?.status()).toBe(404);
	expect((await ben.request.get('/documents/report.pdf')).status()).toBe(404);
	expect((await ben.goto('/documents/report?version=1'))?.status()).toBe(404);
	const benData = await (await ben.request.get('/documents/export.json')).json();
	expect(JSON.stringify(benData)).not.toContain('Anna Berger');

	const sara = await signedIn(browser, 'sara');
	expect((await sara.goto(`/provider/reports/${annaId}`))?.status()).toBe(404);
});

test('anna’s access log shows who looked, with name and role', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/documents/access-log');
	const table = anna.getByRole('table');
	// Said the way the person is, and short: not "Qualifikations·trainerin oder …".
	await expect(table).toContainText('Tom Keller (Qualifikations·trainer)');
	await expect(table).not.toContainText(' oder ');
	await expect(table).toContainText('hat Ihren Abschluss·bericht angesehen');
	await expect(table).toContainText('Lea Hoffmann');
	await expect(table).toContainText('Jemand mit Ihrem Link für Frau Müller');
	await expect(table).toContainText('hat Ihre Dokumentation herunter·geladen');
	// Her own downloads are not listed: only what others did.
	await expect(table).not.toContainText('Anna Berger');
});

test('a new share link can be passed on: whole on a phone, as a QR code and as a sheet', async ({
	browser
}) => {
	// A phone with the largest text size and JavaScript on, so the copy button shows too.
	const context = await browser.newContext({
		locale: 'de-DE',
		javaScriptEnabled: true,
		viewport: { width: 375, height: 667 }
	});
	await context.addCookies([{ name: 'text_size', value: 'very-large', url: testBaseUrl() }]);
	const anna = await context.newPage();
	await signIn(anna, 'anna');
	await anna.goto('/documents/share');
	await anna.getByRole('radio', { name: 'Meine Dokumentation', exact: true }).check();
	await anna.getByLabel('7 Tage').check();
	await anna.getByRole('button', { name: 'Link machen' }).click();
	const shown = anna.locator('#created-url');
	const link = (await shown.textContent())!.trim();
	expect(link).toMatch(/\/share\/[a-z2-7]{32}$/);

	// The whole link is on the screen: inside the width, nothing cut off, no sideways scroll.
	await shown.scrollIntoViewIfNeeded();
	const box = (await shown.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(375);
	expect(await shown.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
	expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await expect(anna.getByRole('button', { name: 'Link kopieren' })).toBeVisible();
	await expectNoAxeViolations(anna);

	// The QR code on the page says the link, as a phone camera reads it.
	const qr = PNG.sync.read(
		await anna.getByRole('img', { name: /QR-Code mit Ihrem Link/ }).screenshot()
	);
	const code = jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height);
	expect(code?.data).toBe(link);

	// The sheet: a tagged PDF in large print with the link as text and as a QR code.
	const [file] = await Promise.all([
		anna.waitForEvent('download'),
		anna.getByRole('button', { name: 'Blatt mit dem Link herunter·laden (PDF)' }).click()
	]);
	const sheet = join(folder, `${crypto.randomUUID()}-sheet.pdf`);
	await file.saveAs(sheet);
	expect(pdfInfo(sheet)).toMatch(/Tagged:\s+yes/);
	const text = pdfText(sheet).replace(/\/ /g, '/');
	expect(text).toContain(link);
	expect(text).toContain('Der Link geht nur bis');
	expect(readQr(sheet)).toBe(link);

	// Only for the person whose link it is.
	const ben = await signedIn(browser, 'ben');
	const refused = await ben.request.post('/documents/share/sheet.pdf', {
		form: { link },
		headers: { origin: testBaseUrl() }
	});
	expect(refused.status()).toBe(404);
	await context.close();
});
