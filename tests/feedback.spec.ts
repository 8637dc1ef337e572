import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, type Username } from './support/accounts';
import { dateFeedbackBack } from './support/database';

/** The feedback journeys of issue 5, with JavaScript off; they build on each other. */
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ javaScriptEnabled: false });

async function signedIn(browser: Browser, username: Username): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
	const page = await context.newPage();
	await signIn(page, username);
	return page;
}

const bad = 'Die Pause ist zu kurz. <script>alert(1)</script><b>fett</b>';

async function openAnnasNewestFeedback(staff: Page): Promise<void> {
	await staff.goto('/provider/feedback?state=open');
	await staff
		.getByRole('row', { name: /Anna Berger/ })
		.last()
		.getByRole('link')
		.click();
	await expect(staff.locator('main')).toContainText('Die Pause ist zu kurz.');
}

test('an empty feedback form gets an easy error, and an over-long text is refused but kept', async ({
	browser
}) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/feedback');
	await anna.getByRole('button', { name: 'Rückmeldung schicken' }).click();
	await expect(anna.getByRole('alert')).toContainText(
		'Bitte wählen Sie ein Gesicht. Oder schreiben Sie etwas in ein Feld.'
	);

	const response = await anna.request.post('/feedback', {
		headers: { origin: new URL(anna.url()).origin, accept: 'text/html' },
		form: { good: 'a'.repeat(5001), requestKey: crypto.randomUUID() }
	});
	expect(response.status()).toBe(400);
	const html = await response.text();
	expect(html).toContain('Bitte schreiben Sie höchstens 5000 Zeichen. Jetzt sind es 5001 Zeichen.');
	expect(html).toContain('a'.repeat(5001));
});

test('anna gives feedback and is told who reads it', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/feedback');
	await anna.getByLabel('gut', { exact: true }).check();
	await anna.getByLabel('Was war nicht gut?').fill(bad);
	await anna.getByRole('button', { name: 'Rückmeldung schicken' }).click();
	await expect(anna).toHaveURL('/feedback?sent=1');
	await expect(anna.getByRole('status')).toContainText('Danke! Ihre Rückmeldung ist angekommen.');
	await expect(anna.getByRole('status')).toContainText('Sie bekommen eine Antwort.');
	const newest = anna.locator('.item').first();
	await expect(newest).toContainText('noch keine Antwort');
	// Markup that people type stays text.
	await expect(newest).toContainText('<script>alert(1)</script><b>fett</b>');
	await expect(newest.locator('b')).toHaveCount(0);
});

test('tom answers; anna sees it marked new, and the counter drops after she reads it', async ({
	browser
}) => {
	const tom = await signedIn(browser, 'tom');
	await openAnnasNewestFeedback(tom);
	await tom.getByLabel('Antwort').fill('Danke! Wir sprechen morgen über die Pausen.');
	await tom.getByRole('button', { name: 'Antwort schicken' }).click();
	await expect(tom.getByRole('status')).toHaveText('Die Antwort ist verschickt.');

	const anna = await signedIn(browser, 'anna');
	const menuEntry = anna.getByRole('navigation').getByRole('link', { name: /Rückmeldung/ });
	await expect(menuEntry).toContainText('1');
	await expect(menuEntry).toHaveAccessibleName(/1 neue Antworten/);
	await anna.goto('/feedback');
	const newest = anna.locator('.item').first();
	await expect(newest).toContainText('beantwortet');
	await expect(newest).toContainText('Antwort von Tom Keller');
	await expect(newest).toContainText('Neu');
	await anna.goto('/start');
	await expect(anna.getByRole('navigation').getByRole('link', { name: /Rückmeldung/ })).toHaveText(
		/^\s*Rückmeldung\s*$/
	);
});

test('lea marks it done with what changed, and anna reads that too', async ({ browser }) => {
	const lea = await signedIn(browser, 'lea');
	await lea.goto('/provider/feedback?state=answered');
	await lea
		.getByRole('row', { name: /Anna Berger/ })
		.last()
		.getByRole('link')
		.click();
	await lea.getByRole('button', { name: 'Als erledigt markieren' }).click();
	await expect(lea.getByRole('alert')).toContainText('Bitte schreiben Sie einen Text.');
	await lea
		.getByLabel('Erledigt: Was hat sich geändert?')
		.fill('Die Mittags·pause dauert jetzt 45 Minuten.');
	await lea.getByRole('button', { name: 'Als erledigt markieren' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Rückmeldung ist erledigt.');

	const anna = await signedIn(browser, 'anna');
	await anna.goto('/feedback');
	const newest = anna.locator('.item').first();
	await expect(newest).toContainText('erledigt');
	await expect(newest).toContainText('Das haben wir gemacht:');
	await expect(newest).toContainText('Die Mittags·pause dauert jetzt 45 Minuten.');
});

test('ben and sara never see anna’s feedback', async ({ browser }) => {
	const lea = await signedIn(browser, 'lea');
	await lea.goto('/provider/feedback');
	const detail = await lea
		.getByRole('row', { name: /Anna Berger/ })
		.first()
		.getByRole('link')
		.getAttribute('href');

	const sara = await signedIn(browser, 'sara');
	await sara.goto('/provider/feedback');
	await expect(sara.locator('main')).not.toContainText('Anna Berger');
	expect((await sara.goto(detail!))?.status()).toBe(404);

	const ben = await signedIn(browser, 'ben');
	await ben.goto('/feedback');
	await expect(ben.locator('main')).not.toContainText('Die Pause ist zu kurz.');
	expect((await ben.goto(detail!))?.status()).toBe(403);
});

test('staff record a reflection talk and anna sees the next date on her start page', async ({
	browser
}) => {
	const tom = await signedIn(browser, 'tom');
	await tom.goto('/provider/bookings');
	await tom
		.getByRole('row', { name: /Anna Berger.*Qualifizierungs·phase/ })
		.getByRole('link')
		.click();
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
	const next = new Date(`${today}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 7);
	const nextIso = next.toISOString().slice(0, 10);
	await tom.getByLabel('Gespräch am', { exact: true }).fill(today);
	await tom.getByLabel('Nächstes Gespräch am (freiwillig)').fill(nextIso);
	await tom.getByRole('button', { name: 'Gespräch eintragen' }).click();
	await expect(tom.getByRole('status')).toHaveText('Das Gespräch ist eingetragen.');

	const anna = await signedIn(browser, 'anna');
	await anna.goto('/start');
	const inWords = new Intl.DateTimeFormat('de', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(next);
	await expect(anna.locator('.summary')).toContainText(
		`Ihr nächstes Gespräch über Ihren Weg: ${inWords}`
	);
});

test('leads see satisfaction over time as a chart with a table', async ({ browser }) => {
	const lea = await signedIn(browser, 'lea');
	await lea.goto('/provider/feedback/satisfaction');
	await expect(lea.getByRole('img', { name: /Balkendiagramm/ })).toBeVisible();
	await expect(lea.locator('table tbody tr')).not.toHaveCount(0);
	const tom = await signedIn(browser, 'tom');
	expect((await tom.goto('/provider/feedback/satisfaction'))?.status()).toBe(403);
});

test('the satisfaction chart names its axes and shows a month without feedback as a gap', async ({
	browser
}) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/feedback');
	const good = `Der Ausflug im Frühling ${crypto.randomUUID().slice(0, 8)}`;
	await anna.getByLabel('sehr gut', { exact: true }).check();
	await anna.getByLabel('Was war gut?').fill(good);
	await anna.getByRole('button', { name: 'Rückmeldung schicken' }).click();
	await expect(anna).toHaveURL('/feedback?sent=1');
	// Six months back: between it and the demo's feedback lie months nobody rated.
	const back = new Date();
	back.setUTCMonth(back.getUTCMonth() - 6, 15);
	await dateFeedbackBack(good, back);

	const lea = await signedIn(browser, 'lea');
	await lea.goto('/provider/feedback/satisfaction');
	const chart = lea.getByRole('img', { name: /Balkendiagramm/ });
	await expect(chart).toContainText('Monat');
	await expect(chart).toContainText('Bewertung: 1 = sehr schlecht, 5 = sehr gut');
	await expect(chart).toContainText('kein Rückblick in diesem Monat');
	const month = new Intl.DateTimeFormat('de-DE', {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const next = new Date(back);
	next.setUTCMonth(next.getUTCMonth() + 1, 15);
	await expect(lea.getByRole('row', { name: month.format(back) })).not.toContainText(
		'kein Rückblick'
	);
	await expect(lea.getByRole('row', { name: month.format(next) })).toContainText(
		'kein Rückblick in diesem Monat'
	);
});
