import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, testBaseUrl, useLanguage, type Username } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

/**
 * The booking journeys of issue 3, told with the demo people. They change Ben's bookings,
 * so they run one after another, and with JavaScript off: every step is a plain form.
 */
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ javaScriptEnabled: false });

/** A first day of a month a little ahead, and a 4-week Einstiegsphase from it. */
function plannedDates(monthsAhead: number, days: number): { start: string; end: string } {
	const today = new Date();
	const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + monthsAhead, 1));
	const end = new Date(start.getTime() + days * 86_400_000);
	return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

async function signedIn(
	browser: Browser,
	username: Username,
	javaScriptEnabled = false
): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled, locale: 'de-DE' });
	const page = await context.newPage();
	await signIn(page, username);
	return page;
}

/** Axe needs the page's own scripts only to render, so these checks run with JavaScript on. */
async function checkAccessibility(
	browser: Browser,
	username: Username,
	path: string
): Promise<void> {
	for (const locale of ['de', 'en'] as const) {
		// Contexts made here inherit this file's `javaScriptEnabled: false` unless told otherwise.
		const context = await browser.newContext({ locale: 'de-DE', javaScriptEnabled: true });
		await useLanguage(context, locale);
		const page = await context.newPage();
		await signIn(page, username);
		expect((await page.goto(path))?.status()).toBe(200);
		await expectNoAxeViolations(page);
		await context.close();
	}
}

/** The page after a refused form, checked with scripts on like `checkAccessibility`. */
async function checkErrorStateAccessibility(
	browser: Browser,
	username: Username,
	path: string,
	refuse: (page: Page) => Promise<void>
): Promise<void> {
	const context = await browser.newContext({ locale: 'de-DE', javaScriptEnabled: true });
	const page = await context.newPage();
	await signIn(page, username);
	await page.goto(path);
	await refuse(page);
	await expect(page.getByRole('alert').first()).toBeVisible();
	await expectNoAxeViolations(page);
	await context.close();
}

async function requestModule(
	page: Page,
	code: string,
	provider: string,
	message = ''
): Promise<string> {
	await page.goto(`/modules/${code}`);
	await page.getByLabel('Wann möchten Sie anfangen?').selectOption({ index: 1 });
	await page.getByLabel(provider).check();
	if (message) await page.getByLabel('Möchten Sie uns noch etwas sagen?').fill(message);
	lastSentRequest = await page
		.locator('form[action="?/request"]')
		.evaluate(
			(form: HTMLFormElement) => Object.fromEntries(new FormData(form)) as Record<string, string>
		);
	await page.getByRole('button', { name: 'Modul anfragen' }).click();
	await expect(page).toHaveURL(/\/my-modules\/[0-9a-f-]+\?sent=1$/);
	return new URL(page.url()).pathname;
}

/** The fields of the request form as requestModule last sent them, for sending them again. */
let lastSentRequest: Record<string, string> = {};

async function openRequest(
	lead: Page,
	participantName: string,
	moduleName: string
): Promise<string> {
	await lead.goto('/provider/requests');
	await lead
		.getByRole('row', { name: new RegExp(`${participantName}.*${moduleName}`) })
		.getByRole('link')
		.click();
	return new URL(lead.url()).pathname;
}

test('ben takes back his request after answering the question', async ({ browser }) => {
	const ben = await signedIn(browser, 'ben');
	await ben.goto('/my-modules');
	await ben.getByRole('link', { name: 'Mehr zu: Einstiegs·phase' }).click();
	await ben.getByRole('link', { name: 'Anfrage zurückziehen' }).click();
	await expect(ben.getByRole('heading', { level: 1 })).toHaveText('Wirklich zurückziehen?');
	await checkAccessibility(browser, 'ben', new URL(ben.url()).pathname);

	await ben.getByRole('button', { name: 'Ja, zurückziehen' }).click();
	await expect(ben.getByRole('status')).toHaveText('Sie haben die Anfrage zurückgezogen.');
	await expect(ben.locator('.fact-list')).toContainText('zurückgezogen');
	await expect(ben.getByRole('link', { name: 'Anfrage zurückziehen' })).toHaveCount(0);
});

test('the Qualifizierungsphase without an Einstiegsphase is refused with an easy reason', async ({
	browser
}) => {
	const ben = await signedIn(browser, 'ben');
	await ben.goto('/modules/qualification');
	await expect(ben.locator('main')).toContainText('Zuerst kommt die Einstiegs·phase.');
	await expect(ben.getByRole('button', { name: 'Modul anfragen' })).toHaveCount(0);

	// Even a hand-made form post is refused, with the same words and nothing booked.
	const response = await ben.request.post('/modules/qualification?/request', {
		headers: { origin: testBaseUrl(), accept: 'text/html' },
		form: {
			wishedStartMonth: plannedDates(1, 0).start.slice(0, 7),
			wishedProvider: 'none',
			message: '',
			requestKey: crypto.randomUUID()
		}
	});
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('Zuerst kommt die Einstiegs·phase.');
	await ben.goto('/my-modules');
	await expect(ben.getByRole('heading', { name: 'Qualifizierungs·phase' })).toHaveCount(0);
});

test('ben asks for the Einstiegsphase, lea confirms with dates and tom, ben sees it all', async ({
	browser
}) => {
	const ben = await signedIn(browser, 'ben');
	const bookingPath = await requestModule(
		ben,
		'entry',
		'Das ist mir egal.',
		'Ich kann montags nicht.'
	);
	await expect(ben.getByRole('status')).toContainText('Ihre Anfrage ist angekommen.');
	await expect(ben.getByRole('status')).toContainText(
		/Bis zum \d+\. \w+ \d{4} bekommen Sie eine Antwort\./
	);

	// Back shows the module page as it is now (pages are never stored), not the old form.
	await ben.goBack();
	await expect(ben.getByRole('button', { name: 'Modul anfragen' })).toHaveCount(0);
	// The same form sent again (a double click, a resent post) makes no second booking.
	const resent = await ben.request.post('/modules/entry?/request', {
		form: lastSentRequest,
		headers: { origin: new URL(ben.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(resent.headers()['location']).toBe(`${bookingPath}?sent=1`);
	await ben.goto('/my-modules');
	await expect(ben.locator('.booking', { hasText: 'angefragt' })).toHaveCount(1);

	const lea = await signedIn(browser, 'lea');
	const requestPath = await openRequest(lea, 'Ben Schäfer', 'Einstiegs·phase');
	await expect(lea.locator('main')).toContainText('Ich kann montags nicht.');
	await checkAccessibility(browser, 'lea', requestPath);

	const tooLong = plannedDates(1, 60);
	await lea.getByLabel('Beginn').fill(tooLong.start);
	await lea.getByLabel('Geplantes Ende').fill(tooLong.end);
	await lea.getByLabel('Qualifikations·trainer·in').selectOption({ label: 'Tom Keller' });
	await lea.getByRole('button', { name: 'Anfrage bestätigen' }).click();
	await expect(lea.getByRole('alert')).toContainText(
		/Das Ende muss zwischen \d+\. \w+ \d{4} und \d+\. \w+ \d{4} liegen\./
	);
	await expect(lea.getByLabel('Geplantes Ende')).toHaveValue(tooLong.end);
	await expect(lea.getByLabel('Beginn')).toHaveValue(tooLong.start);

	const fitting = plannedDates(1, 27);
	await lea.getByLabel('Geplantes Ende').fill(fitting.end);
	await lea.getByRole('button', { name: 'Anfrage bestätigen' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Anfrage ist bestätigt.');

	await ben.goto('/my-modules');
	const card = ben
		.locator('.booking', { hasText: 'Einstiegs·phase' })
		.filter({ hasText: 'bestätigt' });
	await expect(card).toContainText('Neu');
	await expect(card).toContainText('Lebenshilfe Südschwarzwald e.V.');
	await expect(card).toContainText('Tom Keller');
	const startInWords = new Intl.DateTimeFormat('de', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${fitting.start}T00:00:00Z`));
	await expect(card).toContainText(startInWords);
	await ben.reload();
	await expect(ben.locator('.booking', { hasText: 'bestätigt' })).not.toContainText('Neu');
});

test('a decline asks for a yes first, keeps the reason until then, and shows it to the participant', async ({
	browser
}) => {
	const ben = await signedIn(browser, 'ben');
	const bookingPath = await requestModule(ben, 'qualification', 'Lebenshilfe Südschwarzwald e.V.');

	const lea = await signedIn(browser, 'lea');
	const requestPath = await openRequest(lea, 'Ben Schäfer', 'Qualifizierungs·phase');
	const question = lea.getByLabel(
		'Ja, die Anfrage ablehnen. Das lässt sich nicht rückgängig machen.'
	);
	await expect(question).not.toBeChecked();
	await lea.getByRole('button', { name: 'Anfrage ablehnen' }).click();
	await expect(lea.getByRole('alert')).toContainText('Bitte schreiben Sie eine Begründung.');
	await expect(lea.getByRole('alert')).toContainText('Bitte bestätigen Sie das Ablehnen.');
	const reason = 'Im Moment ist kein Platz frei.\nBitte fragen Sie im März wieder.';
	const reasonField = lea.getByLabel('Begründung für die Teilnehmerin oder den Teilnehmer');
	await reasonField.fill(reason);
	// A reason without the "yes" changes nothing, and the typed reason stays.
	await lea.getByRole('button', { name: 'Anfrage ablehnen' }).click();
	await expect(lea.getByRole('alert')).toContainText('Bitte bestätigen Sie das Ablehnen.');
	await expect(lea.getByRole('alert')).not.toContainText('Begründung');
	await expect(reasonField).toHaveValue(reason);
	await expect(question).toHaveAttribute('aria-describedby', 'confirm-error');
	await expect(question).toHaveAttribute('aria-invalid', 'true');
	await checkErrorStateAccessibility(browser, 'lea', requestPath, async (page) => {
		await page.getByLabel('Begründung für die Teilnehmerin oder den Teilnehmer').fill(reason);
		await page.getByRole('button', { name: 'Anfrage ablehnen' }).click();
	});

	// Nor does a hand-made post without the "yes".
	const version = await lea
		.locator('form[action="?/decline"] input[name="version"]')
		.getAttribute('value');
	const refused = await lea.request.post(`${requestPath}?/decline`, {
		headers: { origin: testBaseUrl(), accept: 'text/html' },
		form: { version: version!, reason }
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('Bitte bestätigen Sie das Ablehnen.');
	await ben.goto(bookingPath);
	await expect(ben.locator('.fact-list')).toContainText('angefragt');

	await lea.getByLabel('Ja, die Anfrage ablehnen. Das lässt sich nicht rückgängig machen.').check();
	await lea.getByRole('button', { name: 'Anfrage ablehnen' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Anfrage ist abgelehnt.');

	await ben.goto('/my-modules');
	const card = ben.locator('.booking', { hasText: 'Qualifizierungs·phase' });
	await expect(card).toContainText('abgelehnt');
	await expect(card).toContainText('Im Moment ist kein Platz frei.');
	await expect(card).toContainText('Bitte fragen Sie im März wieder.');
});

test('when two leads act on one request, the second is told and nothing changes', async ({
	browser
}) => {
	const ben = await signedIn(browser, 'ben');
	await requestModule(ben, 'stabilisation', 'Lebenshilfe Südschwarzwald e.V.');

	const first = await signedIn(browser, 'lea');
	const second = await signedIn(browser, 'lea');
	await openRequest(first, 'Ben Schäfer', 'Stabilisierungs·phase');
	await openRequest(second, 'Ben Schäfer', 'Stabilisierungs·phase');

	await first
		.getByLabel('Begründung für die Teilnehmerin oder den Teilnehmer')
		.fill('Bitte zuerst die Einstiegs·phase machen.');
	await first
		.getByLabel('Ja, die Anfrage ablehnen. Das lässt sich nicht rückgängig machen.')
		.check();
	await first.getByRole('button', { name: 'Anfrage ablehnen' }).click();
	await expect(first.getByRole('status')).toHaveText('Die Anfrage ist abgelehnt.');

	const dates = plannedDates(2, 120);
	await second.getByLabel('Beginn').fill(dates.start);
	await second.getByLabel('Geplantes Ende').fill(dates.end);
	await second.getByLabel('Qualifikations·trainer·in').selectOption({ label: 'Tom Keller' });
	await second.getByRole('button', { name: 'Anfrage bestätigen' }).click();
	await expect(second.getByRole('alert')).toContainText(
		'Jemand anderes hat diese Anfrage inzwischen bearbeitet.'
	);

	await ben.goto('/my-modules');
	await expect(ben.locator('.booking', { hasText: 'Stabilisierungs·phase' })).toContainText(
		'abgelehnt'
	);
});

test('sara of St. Josefshaus does not see requests that wish for Lebenshilfe', async ({
	browser
}) => {
	const ben = await signedIn(browser, 'ben');
	await requestModule(ben, 'transition', 'Lebenshilfe Südschwarzwald e.V.');
	const lea = await signedIn(browser, 'lea');
	const requestPath = await openRequest(lea, 'Ben Schäfer', 'Übergangs·phase');

	const sara = await signedIn(browser, 'sara');
	expect((await sara.goto('/provider/requests'))?.status()).toBe(403);
	expect((await sara.goto(requestPath))?.status()).toBe(403);
	expect((await sara.goto(requestPath.replace('/requests/', '/bookings/')))?.status()).toBe(404);
	await sara.goto('/provider/bookings');
	await expect(sara.locator('main')).not.toContainText('Ben Schäfer');
	await sara.goto('/provider');
	await expect(sara.locator('main')).not.toContainText('Ben Schäfer');
});

test('a participant never sees another participant’s bookings', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/my-modules');
	const annasBooking = await anna.locator('a[href^="/my-modules/"]').first().getAttribute('href');
	expect(annasBooking).toMatch(/^\/my-modules\/[0-9a-f-]+$/);

	const ben = await signedIn(browser, 'ben');
	expect((await ben.goto(annasBooking!))?.status()).toBe(404);
	expect((await ben.goto(`${annasBooking}/withdraw`))?.status()).toBe(404);
	await ben.goto('/my-modules');
	await expect(ben.locator(`a[href="${annasBooking}"]`)).toHaveCount(0);
	await expect(ben.locator('main')).not.toContainText('läuft');

	const refused = await ben.request.post(`${annasBooking}/withdraw`, {
		headers: { origin: testBaseUrl(), accept: 'text/html' },
		form: {}
	});
	expect(refused.status()).toBe(404);
});

test('the rest of the sequence can be asked for in one step', async ({ browser }) => {
	const ben = await signedIn(browser, 'ben');
	await ben.goto('/modules');
	await ben.getByRole('link', { name: 'Alle Module anfragen' }).click();
	// Ben's Einstiegsphase is confirmed and his Übergangsphase asked for: the rest remains.
	const chosen = ben.locator('.chosen');
	await expect(chosen).toContainText('Qualifizierungs·phase');
	await expect(chosen).toContainText('Sicherung Arbeits·platz');
	await expect(chosen).not.toContainText('Einstiegs·phase');
	await expect(chosen).not.toContainText('Übergangs·phase');
	await expect(chosen).not.toContainText('Job·coaching');
	await ben.getByRole('button', { name: 'Alle Module anfragen' }).click();
	await expect(ben).toHaveURL('/my-modules?sent=all');
	await expect(ben.getByRole('status')).toContainText('Ihre Anfragen sind angekommen.');
	await expect(ben.locator('.booking', { hasText: 'Sicherung Arbeits·platz' })).toContainText(
		'angefragt'
	);

	await ben.goto('/my-modules/request-all');
	// "Module" links to the glossary, whose hidden hint sits in the text.
	await expect(ben.locator('main')).toContainText(
		/Sie haben schon alle Module(\(im Wörterbuch erklärt\))? angefragt\./
	);
});

test('an unknown module answers 404 in easy language', async ({ browser }) => {
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	const response = await page.goto('/modules/not-a-module');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite gibt es nicht.');
});

test('lea starts and finishes ben’s Einstiegsphase only after a yes, and is told each time', async ({
	browser
}) => {
	const lea = await signedIn(browser, 'lea');
	await lea.goto('/provider/bookings');
	await lea
		.getByRole('row', { name: /Ben Schäfer.*Einstiegs·phase/ })
		.getByRole('link')
		.click();
	const bookingPath = new URL(lea.url()).pathname;
	const facts = lea.locator('.fact-list');
	await expect(facts).toContainText('bestätigt');

	// Start: the question comes with the button; without the yes nothing changes.
	const startQuestion = lea.getByLabel('Ja, die Teilnahme hat begonnen.');
	await expect(startQuestion).not.toBeChecked();
	await lea.getByRole('button', { name: 'Als begonnen markieren' }).click();
	await expect(lea.getByRole('alert')).toContainText(
		'Bitte bestätigen Sie, dass die Teilnahme begonnen hat.'
	);
	await expect(lea.getByRole('status')).toHaveCount(0);
	await expect(facts).toContainText('bestätigt');
	await lea.getByLabel('Ja, die Teilnahme hat begonnen.').check();
	await lea.getByRole('button', { name: 'Als begonnen markieren' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Buchung läuft jetzt.');
	await expect(facts).toContainText('läuft');

	// Finish: it cannot be undone, so the page says so and asks.
	await expect(lea.locator('main')).toContainText('Das lässt sich nicht rückgängig machen.');
	await expect(lea.getByLabel('Ja, die Teilnahme an diesem Modul ist zu Ende.')).not.toBeChecked();
	await checkAccessibility(browser, 'lea', bookingPath);
	await lea.getByRole('button', { name: 'Als beendet markieren' }).click();
	await expect(lea.getByRole('alert')).toContainText(
		'Bitte bestätigen Sie, dass die Teilnahme zu Ende ist.'
	);
	await expect(lea.getByLabel('Ja, die Teilnahme an diesem Modul ist zu Ende.')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(facts).toContainText('läuft');
	await checkErrorStateAccessibility(browser, 'lea', bookingPath, async (page) => {
		await page.getByRole('button', { name: 'Als beendet markieren' }).click();
	});

	// A hand-made post without the yes is refused as well, and the booking keeps running.
	const version = await lea
		.locator('form[action="?/advance"] input[name="version"]')
		.getAttribute('value');
	const refused = await lea.request.post(`${bookingPath}?/advance`, {
		headers: { origin: testBaseUrl(), accept: 'text/html' },
		form: { version: version!, step: 'finish' }
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('Bitte bestätigen Sie, dass die Teilnahme zu Ende ist.');
	const ben = await signedIn(browser, 'ben');
	await ben.goto('/my-modules');
	await expect(
		ben.locator('.booking', { hasText: 'Einstiegs·phase' }).filter({ hasText: 'läuft' })
	).toHaveCount(1);

	await lea.goto(bookingPath);
	await lea.getByLabel('Ja, die Teilnahme an diesem Modul ist zu Ende.').check();
	await lea.getByRole('button', { name: 'Als beendet markieren' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Buchung ist beendet.');
	await expect(facts).toContainText('beendet');
	await expect(lea.getByRole('button', { name: 'Als beendet markieren' })).toHaveCount(0);

	await ben.goto('/my-modules');
	await expect(
		ben.locator('.booking', { hasText: 'Einstiegs·phase' }).filter({ hasText: 'beendet' })
	).toHaveCount(1);
});
