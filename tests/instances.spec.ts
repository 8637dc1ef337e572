import { expect, test, type Browser, type Page } from '@playwright/test';
import { instanceTestParticipants } from '../playwright.config';
import { signIn, signInAsTestParticipant } from './support/accounts';

/**
 * Two app processes on one database behave like one (issue 16): everything that matters —
 * sessions, bookings, sign-in limits — lives in the database, so a person may meet either
 * server on any request. `first` is the usual test server, `twin` a second one beside it.
 * Cookies belong to the host, not the port, so one browser carries its session to both.
 */
const twin = process.env.E2E_TWIN_URL!;

// Two sign-ins and a booking confirmed: longer than one page check.
test.describe.configure({ timeout: 90_000 });

/** A four-week Einstiegsphase from the first day of next month. */
const start = new Date();
const plannedStart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
	.toISOString()
	.slice(0, 10);
const plannedEnd = new Date(Date.parse(plannedStart) + 27 * 86_400_000).toISOString().slice(0, 10);

async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ locale: 'de-DE' });
	return context.newPage();
}

test('a journey moves between two servers: signed in on one, the other knows the person, and a request made on one is confirmed on the other', async ({
	browser
}) => {
	const username = instanceTestParticipants.journey;
	const person = await newPage(browser);
	await signInAsTestParticipant(person, username);

	// The twin has never seen this browser, yet knows the session.
	await person.goto(`${twin}/start`);
	await expect(person).toHaveURL(`${twin}/start`);
	await expect(person.getByRole('heading', { level: 1 })).toContainText('Ida');

	await person.goto(`${twin}/modules/entry`);
	await person.getByLabel('Wann möchten Sie anfangen?').selectOption({ index: 1 });
	await person.getByLabel('Lebenshilfe Südschwarzwald').check();
	await person.getByRole('button', { name: 'Modul anfragen' }).click();
	await expect(person).toHaveURL(/\/my-modules\/[0-9a-f-]+\?sent=1$/);
	const bookingPath = new URL(person.url()).pathname;

	// The lead works on the first server: the request made on the twin is there to confirm.
	const lead = await newPage(browser);
	await signIn(lead, 'lea');
	await lead.goto('/provider/requests');
	await lead
		.getByRole('row', { name: /Ida Test.*Einstiegs·phase/ })
		.getByRole('link')
		.click();
	await lead.getByLabel('Beginn').fill(plannedStart);
	await lead.getByLabel('Geplantes Ende').fill(plannedEnd);
	await lead.getByLabel('Qualifikations·trainer·in').selectOption({ label: 'Tom Keller' });
	await lead.getByRole('button', { name: 'Anfrage bestätigen' }).click();
	await expect(lead.getByRole('status')).toHaveText('Die Anfrage ist bestätigt.');

	// Back on the twin, the person's own page shows the confirmation made on the first server.
	await person.goto(`${twin}${bookingPath}`);
	await expect(person.locator('main')).toContainText('bestätigt');

	// Signing out on the twin ends the session on both.
	await person.goto(`${twin}/start`);
	await person.getByRole('button', { name: 'Abmelden' }).click();
	await expect(person).toHaveURL(`${twin}/login?signedOut=1`);
	await person.goto('/start');
	await expect(person).toHaveURL('/login?redirectTo=%2Fstart');

	await person.context().close();
	await lead.context().close();
});

test('wrong passwords sent to one server make the account wait on the other too', async ({
	browser
}) => {
	const username = instanceTestParticipants.limit;
	const stranger = await newPage(browser);
	const tryPassword = async (base: string, password: string) => {
		await stranger.goto(`${base}/login`);
		await stranger.getByLabel('Benutzer·name').fill(username);
		await stranger.getByLabel('Passwort', { exact: true }).fill(password);
		await stranger.getByRole('button', { name: 'Anmelden', exact: true }).click();
	};
	for (let attempt = 1; attempt <= 5; attempt++) {
		await tryPassword('', `guess-${attempt}`);
		await expect(stranger.getByRole('alert')).toContainText('stimmt nicht');
	}
	await tryPassword(twin, `${username}-test`);
	await expect(stranger.getByRole('alert')).toContainText(
		'Sie haben zu oft ein falsches Passwort geschrieben.'
	);
	await expect(stranger).toHaveURL(`${twin}/login`);
	await stranger.context().close();
});
