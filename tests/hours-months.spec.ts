import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { locales, signIn, useLanguage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { makeLetter, unique } from './support/letters';
import { addDays, addMonths, addMonthsToMonth, formatMonth } from '../src/lib/domain/dates';

/**
 * The hours page sums each module and links to the module's page, which lists the newest 3
 * months with entries; older months follow there, 3 at a time (issue 16). A participant of its own, with hours in
 * 7 months, made as people make them: a lead makes the account and confirms, a trainer logs.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

function berlinToday(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

const today = berlinToday();
const thisMonth = today.slice(0, 7);
/** Seven months with hours: index 0 is this month, index 6 six months ago. */
const months = Array.from({ length: 7 }, (_, index) => addMonthsToMonth(thisMonth, -index));
/** What the trainer logs in each month (same index), and the month's total. */
const logged: { date: string; duration: string; note?: string }[][] = [
	[{ date: today, duration: '30 Minuten' }],
	[
		{ date: `${months[1]}-03`, duration: '6 Stunden' },
		{ date: `${months[1]}-04`, duration: '1 Stunde', note: 'Bewerbung geschrieben' }
	],
	[{ date: `${months[2]}-03`, duration: '5 Stunden' }],
	[{ date: `${months[3]}-03`, duration: '4 Stunden', note: 'Praktikum im Gartencenter' }],
	[{ date: `${months[4]}-03`, duration: '3 Stunden' }],
	[{ date: `${months[5]}-03`, duration: '2 Stunden' }],
	[{ date: `${months[6]}-03`, duration: '1 Stunde und 15 Minuten' }]
];
const totals = [
	'30 Minuten',
	'7 Stunden',
	'5 Stunden',
	'4 Stunden',
	'3 Stunden',
	'2 Stunden',
	'1 Stunde und 15 Minuten'
];
/** All of it: what the summary counts, whichever months the list shows. */
const used = 'Sie haben 22 Stunden und 45 Minuten genutzt.';

const heading = (index: number) => `${formatMonth(months[index]!, 'de')}: ${totals[index]}`;

let name = '';
let bookingId = '';
let participantState: Awaited<ReturnType<BrowserContext['storageState']>>;

async function staff(browser: Browser, username: 'lea' | 'tom'): Promise<Page> {
	const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	await signIn(page, username);
	return page;
}

/** The participant's own browser, with or without JavaScript. */
async function participant(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
	const context = await browser.newContext({
		locale: 'de-DE',
		javaScriptEnabled,
		storageState: participantState
	});
	return context.newPage();
}

async function confirm(lea: Page, moduleName: string, start: string, end: string): Promise<void> {
	await lea.goto(`/provider/requests?q=${encodeURIComponent(name)}`);
	await lea
		.getByRole('row', { name: new RegExp(`${name}.*${moduleName}`) })
		.getByRole('link')
		.click();
	await lea.getByLabel('Beginn').fill(start);
	await lea.getByLabel('Geplantes Ende').fill(end);
	await lea.getByLabel('Qualifikations·trainer·in').selectOption({ label: 'Tom Keller' });
	await lea.getByRole('button', { name: 'Anfrage bestätigen' }).click();
}

test.beforeAll(async ({ browser }) => {
	// The set-up is a whole journey (an account, two requests, two confirmations, eight entries):
	// a hook has its own time limit, 30 s unless set here, too short on a busy machine.
	test.setTimeout(180_000);
	const lea = await staff(browser, 'lea');
	name = `Hanne ${unique('Monat')}`;
	await lea.goto('/provider/participants/new');
	await lea.getByLabel('Vorname und Nachname').fill(name);
	await lea.getByLabel('Benutzer·name', { exact: true }).fill(unique('hanne'));
	await lea.getByRole('button', { name: 'Konto machen' }).click();
	await expect(lea.getByRole('heading', { level: 1 })).toHaveText(name);
	const letter = await makeLetter(lea);

	const own = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	await own.goto(letter.link);
	await own.getByRole('button', { name: 'Jetzt anmelden' }).click();
	await own.waitForURL(/\/settings\/security/);
	for (const code of ['entry', 'qualification']) {
		await own.goto(`/modules/${code}`);
		await own.getByLabel('Lebenshilfe Südschwarzwald e.V.').check();
		await own.getByRole('button', { name: 'Modul anfragen' }).click();
		await expect(own).toHaveURL(/\?sent=1$/);
	}
	participantState = await own.context().storageState();

	// The Einstiegsphase 3 weeks long, eight months ago; the Qualifizierungsphase since the
	// first day of the oldest month with hours, for 9 months.
	const entryStart = `${addMonthsToMonth(thisMonth, -8)}-01`;
	await confirm(lea, 'Einstiegs·phase', entryStart, addDays(entryStart, 20));
	await expect(lea.getByRole('status')).toBeVisible();
	const start = `${months[6]}-01`;
	await confirm(lea, 'Qualifizierungs·phase', start, addDays(addMonths(start, 9), -1));
	await lea.getByLabel('Ja, die Teilnahme hat begonnen.').check();
	await lea.getByRole('button', { name: 'Als begonnen markieren' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Buchung läuft jetzt.');
	bookingId = new URL(lea.url()).pathname.split('/').at(-1)!;

	const tom = await staff(browser, 'tom');
	await tom.goto(`/provider/bookings?q=${encodeURIComponent(name)}`);
	await tom
		.getByRole('row', { name: new RegExp(`${name}.*Qualifizierungs·phase`) })
		.getByRole('link')
		.click();
	for (const entry of logged.flat()) {
		const form = tom.locator('form[action="?/logHours"]');
		await form.getByLabel('Datum').fill(entry.date);
		await form.getByLabel('Dauer').selectOption({ label: entry.duration });
		if (entry.note) await form.getByLabel('Kurze Notiz (freiwillig)').fill(entry.note);
		await form.getByRole('button', { name: 'Stunden eintragen' }).click();
		await expect(tom.getByRole('status')).toHaveText('Die Stunden sind eingetragen.');
	}
	await Promise.all([lea.context().close(), own.context().close(), tom.context().close()]);
});

test('the hours page sums all months and links to the module page, which lists the 3 newest months and pages to older ones without JavaScript', async ({
	browser
}) => {
	const page = await participant(browser, false);
	await page.goto('/hours');
	const section = page.locator('section', { hasText: 'Qualifizierungs·phase' });
	await expect(section.locator('.easy-text').first()).toContainText(used);
	await expect(section).toContainText(
		'Genutzte Stunden: 22 Stunden und 45 Minuten von 540 Stunden'
	);
	// The overview answers how many hours are left; the entries are one link away.
	await expect(page.locator('main')).not.toContainText('Bewerbung geschrieben');
	// The Einstiegsphase has no hours: nothing to open.
	const entry = page.locator('section', { hasText: 'Einstiegs·phase' });
	await expect(entry).toContainText('Es gibt noch keine Einträge.');
	await expect(entry.getByRole('link', { name: /Alle Einträge ansehen/ })).toHaveCount(0);

	await section.getByRole('link', { name: 'Alle Einträge ansehen: Qualifizierungs·phase' }).click();
	await expect(page).toHaveURL(`/hours/${bookingId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Meine Stunden: Qualifizierungs·phase'
	);
	const main = page.locator('main');
	await expect(main.locator('h2')).toHaveText([heading(0), heading(1), heading(2)]);
	await expect(main).toContainText('Bewerbung geschrieben');
	await expect(main).not.toContainText('Praktikum im Gartencenter');

	await main.getByRole('link', { name: 'Ältere Stunden ansehen' }).click();
	await expect(page).toHaveURL(`/hours/${bookingId}?before=${months[2]}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Meine Stunden: Qualifizierungs·phase'
	);
	await expect(main.locator('h2')).toHaveText([heading(3), heading(4), heading(5)]);
	await expect(main).toContainText(
		`Auf dieser Seite stehen die Stunden von ${formatMonth(months[5]!, 'de')} bis ${formatMonth(months[3]!, 'de')}.`
	);
	await expect(main).toContainText('Praktikum im Gartencenter');
	await expect(main).not.toContainText('Bewerbung geschrieben');

	await main.getByRole('link', { name: 'Ältere Stunden ansehen' }).click();
	await expect(main.locator('h2')).toHaveText([heading(6)]);
	await expect(main.getByRole('link', { name: 'Ältere Stunden ansehen' })).toHaveCount(0);

	await main.getByRole('link', { name: 'Neuere Stunden ansehen' }).click();
	await expect(page).toHaveURL(`/hours/${bookingId}?before=${months[2]}`);
	await expect(main.locator('h2')).toHaveText([heading(3), heading(4), heading(5)]);
	await main.getByRole('link', { name: 'Neuere Stunden ansehen' }).click();
	await expect(page).toHaveURL(`/hours/${bookingId}`);
	await expect(main.locator('h2')).toHaveText([heading(0), heading(1), heading(2)]);
	await expect(main.getByRole('link', { name: 'Neuere Stunden ansehen' })).toHaveCount(0);

	await main.getByRole('link', { name: 'Zurück zu meinen Stunden' }).click();
	await expect(page).toHaveURL('/hours');
	// Paging changed nothing: the summary still counts every month.
	await expect(section.locator('.easy-text').first()).toContainText(used);
});

test('a bad month shows the newest months, and only the participant opens their module', async ({
	browser
}) => {
	const page = await participant(browser, false);
	for (const before of ['kaputt', '2026-13', '1999-01', `${months[1]}-01`, '']) {
		const response = await page.goto(`/hours/${bookingId}?before=${encodeURIComponent(before)}`);
		expect(response?.status(), before).toBe(200);
		await expect(page.locator('main h2')).toHaveText([heading(0), heading(1), heading(2)]);
	}
	expect((await page.goto(`/hours/${crypto.randomUUID()}`))?.status()).toBe(404);
	expect((await page.goto('/hours/no-such-booking?before=2026-01'))?.status()).toBe(404);

	const ben = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	await signIn(ben, 'ben');
	const refused = await ben.goto(`/hours/${bookingId}?before=${months[2]}`);
	expect(refused?.status()).toBe(404);
	await expect(ben.locator('main')).not.toContainText('Praktikum im Gartencenter');
	const data = await ben.request.get(`/hours/${bookingId}/__data.json?before=${months[2]}`);
	expect(await data.text()).not.toContain('Praktikum im Gartencenter');
});

for (const locale of locales) {
	test(`the hours page with its links and the older months have no axe violations (${locale})`, async ({
		browser
	}) => {
		const page = await participant(browser, true);
		await useLanguage(page.context(), locale);
		await page.goto('/hours');
		const section = page.locator('section', { has: page.locator(`#module-${bookingId}`) });
		await expect(section.locator(`a[href="/hours/${bookingId}"]`)).toHaveAccessibleName(
			locale === 'de'
				? 'Alle Einträge ansehen: Qualifizierungs·phase'
				: 'See all entries: Learning phase'
		);
		await expectNoAxeViolations(page);
		for (const before of [null, months[2], months[5]]) {
			await page.goto(before ? `/hours/${bookingId}?before=${before}` : `/hours/${bookingId}`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('h1')).toHaveCount(1);
			await expectNoAxeViolations(page);
		}
	});
}
