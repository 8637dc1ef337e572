import { expect, test } from '@playwright/test';
import { startTestParticipants } from '../playwright.config';
import { signIn, signInAsTestParticipant } from './support/accounts';

// Issue 17, point 6: after asking for modules, /start says what happens next; once a module is
// confirmed it says when, where and with whom it begins, and what to bring. Hanna is an
// account of its own: she asks for every module, which no other test expects.
test.use({ javaScriptEnabled: false, locale: 'de-DE' });

test('after "Alle Module anfragen" and a confirmation, /start says what happens next', async ({
	browser
}) => {
	const hanna = await (
		await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' })
	).newPage();
	await signInAsTestParticipant(hanna, startTestParticipants.nextSteps);
	await hanna.goto('/my-modules/request-all');
	await hanna.getByLabel('Wann möchten Sie anfangen?').selectOption({ index: 1 });
	await hanna.getByLabel('Lebenshilfe Südschwarzwald e.V.').check();
	await hanna.getByRole('button', { name: 'Alle Module anfragen' }).click();
	await expect(hanna).toHaveURL('/my-modules?sent=all');

	await hanna.goto('/start');
	const next = hanna.locator('section.next');
	await expect(next.getByRole('heading', { name: 'Wie geht es weiter?' })).toBeVisible();
	await expect(next).toContainText('Einstiegs·phase');
	await expect(next).toContainText(
		'Die Leitung von Lebenshilfe Südschwarzwald e.V.(im Wörterbuch erklärt) schaut Ihre Anfrage an.'
	);
	await expect(next).toContainText('Sie bekommen eine Antwort.');

	const lea = await (
		await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' })
	).newPage();
	await signIn(lea, 'lea');
	await lea.goto('/provider/requests?q=Hanna');
	await lea
		.getByRole('row', { name: /Hanna Test.*Einstiegs·phase/ })
		.getByRole('link')
		.click();
	const today = new Date();
	const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
	const end = new Date(start.getTime() + 27 * 86_400_000);
	await lea.getByLabel('Beginn').fill(start.toISOString().slice(0, 10));
	await lea.getByLabel('Geplantes Ende').fill(end.toISOString().slice(0, 10));
	await lea.getByLabel('Qualifikations·trainer·in').selectOption({ label: 'Tom Keller' });
	await lea.getByRole('button', { name: 'Anfrage bestätigen' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Anfrage ist bestätigt.');
	// The booking has no hours yet: every section on its page still has the heading it names.
	await expect(lea).toHaveURL(/\/provider\/bookings\/[^/]+$/);
	const sectionTitles = await lea
		.locator('main section[aria-labelledby]')
		.evaluateAll((sections) => sections.map((section) => section.getAttribute('aria-labelledby')));
	expect(sectionTitles.length).toBeGreaterThan(0);
	for (const title of sectionTitles) await expect(lea.locator(`[id="${title}"]`)).toHaveCount(1);

	await hanna.goto('/start');
	const startInWords = new Intl.DateTimeFormat('de', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(start);
	await expect(
		next.getByRole('heading', { name: 'Einstiegs·phase: Es geht bald los' })
	).toBeVisible();
	await expect(next).toContainText(`Am ${startInWords} fängt es an.`);
	// The booking has no place of its own: the provider's place is where it happens.
	await expect(next).toContainText('Villa in Laufenburg');
	await expect(next).toContainText('Tom Keller');
	await expect(next).toContainText('Etwas zu essen und zu trinken für die Pause.');
});
