import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, type Username } from './support/accounts';
import { formatMonth } from '../src/lib/domain/dates';

/**
 * The goals and hours journeys of issue 4, with JavaScript off: every step is a plain form.
 * They change Anna's data, so they run one after another.
 */
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ javaScriptEnabled: false });

async function signedIn(browser: Browser, username: Username): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
	const page = await context.newPage();
	await signIn(page, username);
	return page;
}

function berlinToday(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

async function openBooking(staff: Page, moduleName: string): Promise<void> {
	await staff.goto('/provider/bookings');
	await staff
		.getByRole('row', { name: new RegExp(`Anna Berger.*${moduleName}`) })
		.getByRole('link')
		.click();
}

async function logHours(staff: Page, date: string, duration: string, note = ''): Promise<void> {
	const form = staff.locator('form[action="?/logHours"]');
	await form.getByLabel('Datum').fill(date);
	await form.getByLabel('Dauer').selectOption({ label: duration });
	if (note) await form.getByLabel('Kurze Notiz (freiwillig)').fill(note);
	await form.getByRole('button', { name: 'Stunden eintragen' }).click();
}

/** "Sie haben 84 Stunden genutzt." → minutes, read from Anna's hours page. */
async function usedMinutes(anna: Page, moduleName: string): Promise<number> {
	await anna.goto('/hours');
	const text = await anna
		.locator('section', { hasText: moduleName })
		.locator('.easy-text')
		.first()
		.innerText();
	const match = /Sie haben (\d+) Stunden?(?: und (\d+) Minuten)? genutzt/.exec(text);
	if (!match) throw new Error(`No hours sentence in: ${text}`);
	return Number(match[1]) * 60 + Number(match[2] ?? 0);
}

/** The module's entries, opened from the hours page as the participant does: its main part. */
async function openModuleHours(page: Page, moduleName: string) {
	await page.goto('/hours');
	await page
		.locator('section', { hasText: moduleName })
		.getByRole('link', { name: `Alle Einträge ansehen: ${moduleName}` })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Meine Stunden: ${moduleName}`);
	return page.locator('main');
}

test('tom logs hours for anna and anna sees the new numbers', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna');
	const before = await usedMinutes(anna, 'Qualifizierungs·phase');

	const tom = await signedIn(browser, 'tom');
	await openBooking(tom, 'Qualifizierungs·phase');
	await logHours(tom, berlinToday(), '2 Stunden und 15 Minuten', 'Vorstellungsgespräch geübt');
	await expect(tom.getByRole('status')).toHaveText('Die Stunden sind eingetragen.');

	expect(await usedMinutes(anna, 'Qualifizierungs·phase')).toBe(before + 135);
	const entries = await openModuleHours(anna, 'Qualifizierungs·phase');
	await expect(entries).toContainText('Vorstellungsgespräch geübt');
});

test('bad input gets field errors in easy words, and the typed note stays', async ({ browser }) => {
	const tom = await signedIn(browser, 'tom');
	await openBooking(tom, 'Qualifizierungs·phase');
	const form = tom.locator('form[action="?/logHours"]');
	await form.getByLabel('Datum').fill('2099-01-01');
	await form.getByLabel('Kurze Notiz (freiwillig)').fill('Bleibt stehen');
	await form.getByRole('button', { name: 'Stunden eintragen' }).click();
	const summary = tom.getByRole('alert');
	await expect(summary).toContainText('Bitte wählen Sie eine Dauer von 15 Minuten bis 10 Stunden');
	await expect(
		tom.locator('form[action="?/logHours"]').getByLabel('Kurze Notiz (freiwillig)')
	).toHaveValue('Bleibt stehen');

	await tom
		.locator('form[action="?/logHours"]')
		.getByLabel('Dauer')
		.selectOption({ label: '1 Stunde' });
	await tom
		.locator('form[action="?/logHours"]')
		.getByRole('button', { name: 'Stunden eintragen' })
		.click();
	await expect(tom.getByRole('alert')).toContainText('Das Datum liegt in der Zukunft.');

	const longNote = 'x'.repeat(501);
	await tom.locator('form[action="?/logHours"]').getByLabel('Datum').fill(berlinToday());
	await tom
		.locator('form[action="?/logHours"]')
		.getByLabel('Kurze Notiz (freiwillig)')
		.fill(longNote);
	// The browser stops at maxlength; a hand-made post must be refused on the server too.
	const response = await tom.request.post(`${new URL(tom.url()).pathname}?/logHours`, {
		headers: { origin: new URL(tom.url()).origin, accept: 'text/html' },
		form: {
			date: berlinToday(),
			minutes: '-60',
			kind: 'with_participant',
			note: longNote,
			requestKey: crypto.randomUUID()
		}
	});
	expect(response.status()).toBe(400);
	const html = await response.text();
	expect(html).toContain('Die Notiz ist zu lang. Höchstens 500 Zeichen, jetzt 501.');
	expect(html).toContain('Bitte wählen Sie eine Dauer');
});

test('an entry over the cap is refused and names the hours still free', async ({ browser }) => {
	// Anna's Einstiegsphase used 46 hours 30 minutes of 48.
	const tom = await signedIn(browser, 'tom');
	await openBooking(tom, 'Einstiegs·phase');
	const lastDay = await tom
		.locator('form[action="?/logHours"] input[name="date"]')
		.getAttribute('max');
	await logHours(tom, lastDay!, '2 Stunden');
	await expect(tom.getByRole('alert')).toContainText(
		'Das geht über die Grenze des Moduls. Frei sind noch: 1 Stunde und 30 Minuten.'
	);
	await expect(tom.locator('main')).toContainText(
		'Genutzt: 46 Stunden und 30 Minuten von 48 Stunden.'
	);
});

/**
 * The first four Saturdays and Sundays of the month before `today`: the demo story logs Anna's
 * hours on weekdays, and other tests log on today, so these days are this test's alone.
 */
function weekendDaysOfLastMonth(today: string): string[] {
	const first = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
	first.setUTCMonth(first.getUTCMonth() - 1);
	const days: string[] = [];
	for (const day = new Date(first); days.length < 4; day.setUTCDate(day.getUTCDate() + 1)) {
		if (day.getUTCDay() === 0 || day.getUTCDay() === 6) days.push(day.toISOString().slice(0, 10));
	}
	return days;
}

test('the monthly cap of Sicherung Arbeitsplatz holds, and one person gets at most 10 hours a day', async ({
	browser
}) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/modules/job_security');
	await anna.getByLabel('Lebenshilfe Südschwarzwald e.V.').check();
	await anna.getByRole('button', { name: 'Modul anfragen' }).click();
	await expect(anna).toHaveURL(/\?sent=1$/);

	const days = weekendDaysOfLastMonth(berlinToday());
	const start = `${days[0]!.slice(0, 7)}-01`;
	const lea = await signedIn(browser, 'lea');
	await lea.goto('/provider/requests');
	await lea
		.getByRole('row', { name: /Anna Berger.*Sicherung Arbeits·platz/ })
		.getByRole('link')
		.click();
	await lea.getByLabel('Beginn').fill(start);
	const end = new Date(`${start}T00:00:00Z`);
	end.setUTCMonth(end.getUTCMonth() + 3);
	await lea.getByLabel('Geplantes Ende').fill(end.toISOString().slice(0, 10));
	await lea.getByLabel('Qualifikations·trainer·in').selectOption({ label: 'Tom Keller' });
	await lea.getByRole('button', { name: 'Anfrage bestätigen' }).click();
	await lea.getByLabel('Ja, die Teilnahme hat begonnen.').check();
	await lea.getByRole('button', { name: 'Als begonnen markieren' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Buchung läuft jetzt.');

	const tom = await signedIn(browser, 'tom');
	await openBooking(tom, 'Sicherung Arbeits·platz');
	await logHours(tom, days[0]!, '10 Stunden');
	await expect(tom.getByRole('status')).toHaveText('Die Stunden sind eingetragen.');
	await logHours(tom, days[0]!, '15 Minuten');
	await expect(tom.getByRole('alert')).toContainText(
		'Mehr als 10 Stunden an einem Tag gehen nicht, über alle Module dieser Person. An diesem Tag sind noch frei: 0 Minuten.'
	);
	for (const day of days.slice(1, 3)) {
		await logHours(tom, day, '10 Stunden');
		await expect(tom.getByRole('status')).toHaveText('Die Stunden sind eingetragen.');
	}
	await logHours(tom, days[3]!, '15 Minuten');
	await expect(tom.getByRole('alert')).toContainText(
		'Das geht über die Grenze für diesen Monat. Frei sind in diesem Monat noch: 0 Minuten.'
	);

	const entries = await openModuleHours(anna, 'Sicherung Arbeits·platz');
	await expect(entries).toContainText(`${formatMonth(days[0]!.slice(0, 7), 'de')}: 30 Stunden`);
});

test('a correction replaces an entry and keeps the old one visible', async ({ browser }) => {
	const tom = await signedIn(browser, 'tom');
	await openBooking(tom, 'Sicherung Arbeits·platz');
	await tom
		.getByRole('link', { name: /^Korrigieren/ })
		.first()
		.click();
	await tom.getByLabel('Dauer').selectOption({ label: '8 Stunden' });
	await tom.getByLabel('Grund der Korrektur').fill('Zwei Stunden zu viel aufgeschrieben');
	await tom.getByRole('button', { name: 'Korrektur speichern' }).click();
	await expect(tom.getByRole('status')).toHaveText('Die Korrektur ist gespeichert.');

	await openBooking(tom, 'Sicherung Arbeits·platz');
	await expect(tom.locator('table')).toContainText('ersetzt');
	await expect(tom.locator('table')).toContainText(
		'Korrektur: Zwei Stunden zu viel aufgeschrieben'
	);
	// The entries of the test before are last month's: that month now counts 28 hours.
	const anna = await signedIn(browser, 'anna');
	const lastMonth = weekendDaysOfLastMonth(berlinToday())[0]!.slice(0, 7);
	const entries = await openModuleHours(anna, 'Sicherung Arbeits·platz');
	await expect(entries).toContainText(`${formatMonth(lastMonth, 'de')}: 28 Stunden`);
});

test('cancelling an entry asks for a yes first, keeps the reason until then, and says when it is done', async ({
	browser
}) => {
	const tom = await signedIn(browser, 'tom');
	await openBooking(tom, 'Qualifizierungs·phase');
	await tom
		.locator('tr', { hasText: 'Vorstellungsgespräch geübt' })
		.getByRole('link', { name: /^Korrigieren/ })
		.click();
	const entryPath = new URL(tom.url()).pathname;
	const question = tom.getByLabel(
		'Ja, diesen Eintrag stornieren. Die Stunden zählen dann nicht mehr.'
	);
	await expect(question).not.toBeChecked();
	await tom.getByLabel('Grund für das Stornieren').fill('Doppelt eingetragen');
	await tom.getByRole('button', { name: 'Eintrag stornieren' }).click();
	await expect(tom.getByRole('alert')).toContainText('Bitte bestätigen Sie das Stornieren.');
	await expect(tom.getByLabel('Grund für das Stornieren')).toHaveValue('Doppelt eingetragen');
	await expect(question).toHaveAttribute('aria-invalid', 'true');

	// A hand-made post without the yes is refused too; the entry still counts.
	const refused = await tom.request.post(`${entryPath}?/cancel`, {
		headers: { origin: new URL(tom.url()).origin, accept: 'text/html' },
		form: { reason: 'Doppelt eingetragen', requestKey: crypto.randomUUID() }
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('Bitte bestätigen Sie das Stornieren.');
	await openBooking(tom, 'Qualifizierungs·phase');
	await expect(tom.locator('tr', { hasText: 'Vorstellungsgespräch geübt' })).toContainText('gilt');

	await tom.goto(entryPath);
	await tom.getByLabel('Grund für das Stornieren').fill('Doppelt eingetragen');
	await tom
		.getByLabel('Ja, diesen Eintrag stornieren. Die Stunden zählen dann nicht mehr.')
		.check();
	await tom.getByRole('button', { name: 'Eintrag stornieren' }).click();
	await expect(tom.getByRole('status')).toHaveText('Der Eintrag ist storniert.');
	await expect(tom.locator('table')).toContainText('storniert: Doppelt eingetragen');
});

test('anna edits her personal goal and sees the change in its history', async ({ browser }) => {
	const anna = await signedIn(browser, 'anna');
	await anna.goto('/goals');
	const personal = anna.locator('section', { hasText: 'Mein Ziel' }).locator('article').first();
	await personal.getByText('Mein Ziel ändern').click();
	await personal.getByLabel('Mein Ziel', { exact: true }).fill('');
	await personal.getByRole('button', { name: 'Mein Ziel speichern' }).click();
	await expect(anna.getByRole('alert')).toContainText('Bitte schreiben Sie Ihr Ziel auf.');

	const changed = anna.locator('section', { hasText: 'Mein Ziel' }).locator('article').first();
	await changed
		.getByLabel('Mein Ziel', { exact: true })
		.fill('Ich möchte in einer Gärtnerei mit Tieren arbeiten.');
	await changed.getByRole('button', { name: 'Mein Ziel speichern' }).click();
	await expect(anna.getByRole('status')).toHaveText('Ihr Ziel ist gespeichert.');
	const saved = anna.locator('section', { hasText: 'Mein Ziel' }).locator('article').first();
	await expect(saved.getByRole('heading', { level: 3 })).toHaveText(
		'Ich möchte in einer Gärtnerei mit Tieren arbeiten.'
	);
	await saved.getByText('Verlauf ansehen').click();
	await expect(saved.locator('.goal-history')).toContainText(
		'Anna Berger hat das Ziel geändert: Ich möchte in einer Gärtnerei mit Tieren arbeiten.'
	);
});

test('tom changes a goal’s state and anna sees it with its history', async ({ browser }) => {
	const tom = await signedIn(browser, 'tom');
	await openBooking(tom, 'Qualifizierungs·phase');
	const goal = tom.locator('article', {
		hasText: 'Ich lerne, wie man Pflanzen richtig gießt und pflegt.'
	});
	await goal.getByLabel('Wie weit sind Sie?').selectOption({ label: 'in Arbeit' });
	await goal
		.getByLabel('Fortschritt (freiwillig)')
		.fill('Anna gießt die Pflanzen im Gewächshaus jeden Dienstag.');
	await goal.getByRole('button', { name: 'Ziel speichern' }).click();
	await expect(tom.getByRole('status')).toHaveText('Das Ziel ist gespeichert.');

	const anna = await signedIn(browser, 'anna');
	await anna.goto('/goals');
	const seen = anna.locator('article', {
		hasText: 'Ich lerne, wie man Pflanzen richtig gießt und pflegt.'
	});
	await expect(seen).toContainText('ich arbeite daran');
	await expect(seen).toContainText('Anna gießt die Pflanzen im Gewächshaus jeden Dienstag.');
	await seen.getByText('Verlauf ansehen').click();
	await expect(seen.locator('.goal-history')).toContainText(
		'Tom Keller hat den Stand geändert: ich arbeite daran'
	);

	await seen.getByText('Meine Sicht aufschreiben').click();
	await seen.getByLabel('So sehe ich das').fill('Das macht mir Spaß.');
	await seen.getByRole('button', { name: 'Meine Sicht speichern' }).click();
	await expect(anna.getByRole('status')).toHaveText('Ihre Sicht ist gespeichert.');
	await expect(anna.locator('article', { hasText: 'Ich lerne, wie man Pflanzen' })).toContainText(
		'So sehe ich das: Das macht mir Spaß.'
	);
});

test('another participant’s goals and another provider’s bookings answer 404', async ({
	browser
}) => {
	const tom = await signedIn(browser, 'tom');
	await openBooking(tom, 'Qualifizierungs·phase');
	const bookingPath = new URL(tom.url()).pathname;
	const goalId = await tom
		.locator('form[action="?/updateGoal"] input[name="goalId"]')
		.first()
		.getAttribute('value');

	const sara = await signedIn(browser, 'sara');
	expect((await sara.goto(bookingPath))?.status()).toBe(404);
	const ben = await signedIn(browser, 'ben');
	const response = await ben.request.post('/goals?/view', {
		headers: { origin: new URL(ben.url()).origin, accept: 'text/html' },
		form: { goalId: goalId!, text: 'Nicht mein Ziel' }
	});
	expect(response.status()).toBe(404);
});

test('the billing export opens in German spreadsheets and sums the month', async ({ browser }) => {
	const lea = await signedIn(browser, 'lea');
	// The month of the Sicherung Arbeitsplatz entries of the tests above.
	const month = weekendDaysOfLastMonth(berlinToday())[0]!.slice(0, 7);
	const response = await lea.request.get(`/provider/billing/export.csv?month=${month}`);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const body = await response.body();
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = body.toString('utf8').slice(1).trim().split('\r\n');
	expect(lines[0]).toBe('Monat;Teilnehmer;Modul;Modulcode;Fachleistungsstunden');
	const security = lines.find((line) => line.includes(';job_security;'));
	expect(security).toBe(`${month};Anna Berger;Sicherung Arbeits·platz;job_security;28,00`);

	const tom = await signedIn(browser, 'tom');
	expect((await tom.request.get(`/provider/billing/export.csv?month=${month}`)).status()).toBe(403);
});
