import { expect, test } from '@playwright/test';
import { languageTestParticipants } from '../playwright.config';
import { signIn, signInAsTestParticipant } from './support/accounts';
import { makeLetter, unique } from './support/letters';

test('the language switch changes the page, is remembered and keeps the place', async ({
	page
}) => {
	await page.goto('/help');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hilfe');

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/help');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help');

	await page.goto('/login');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

	await page.getByRole('button', { name: 'Deutsch' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
});

test('a browser that asks for English gets English at first', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto('/login');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await context.close();
});

test('an unknown language in the cookie falls back to German', async ({ page, context }) => {
	await context.addCookies([
		{ name: 'PARAGLIDE_LOCALE', value: 'xx', url: 'http://localhost:4173' }
	]);
	await page.goto('/login');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('signed in, the switch keeps the person on their page', async ({ page }) => {
	// The switch saves English with the account: an account of its own.
	await signInAsTestParticipant(page, languageTestParticipants.switch);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/start');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello Ines!');
	await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link')).toHaveText([
		'Start',
		'Modules',
		'Goals',
		'Hours',
		'Feedback',
		'Documents'
	]);
});

test('the switch drops a one-time confirmation and keeps the real query', async ({ page }) => {
	await page.goto('/settings?saved=1');
	await expect(page.getByRole('status')).toContainText('Ihre Einstellungen sind gespeichert.');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/settings');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.getByText('Your settings are saved.')).toHaveCount(0);

	// A search and a page number are the person's place: they stay.
	await signIn(page, 'admin');
	await page.goto('/admin?q=anna&page=1&sessionsEnded=x&count=2');
	await page.getByRole('button', { name: 'Deutsch' }).click();
	await expect(page).toHaveURL('/admin?q=anna&page=1');
	await expect(page.locator('input#q')).toHaveValue('anna');
});

test('an account saved in English signs in on the German login page and gets English', async ({
	browser
}) => {
	test.setTimeout(90_000);
	// With a letter: a lead makes an account in English, and the person uses the letter.
	const lead = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	await signIn(lead, 'lea');
	await lead.goto('/provider/participants/new');
	const username = unique('eve');
	await lead.getByLabel('Vorname und Nachname').fill(`Eve ${unique('English')}`);
	await lead.getByLabel('Benutzer·name', { exact: true }).fill(username);
	await lead.getByRole('radio', { name: 'English' }).check();
	await lead.getByRole('button', { name: 'Konto machen' }).click();
	const letter = await makeLetter(lead);
	const eve = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	await eve.goto(letter.link);
	await expect(eve.locator('html')).toHaveAttribute('lang', 'de');
	await eve.getByRole('button', { name: 'Jetzt anmelden' }).click();
	await expect(eve).toHaveURL('/settings/security#password');
	await expect(eve.locator('html')).toHaveAttribute('lang', 'en');
	await expect(eve.getByRole('heading', { level: 1 })).toHaveText('Security');

	// With a password: the account's saved language wins over the German browser.
	const saved = languageTestParticipants.savedEnglish;
	const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	await signInAsTestParticipant(page, saved);
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'English' }).check();
	await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const fresh = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	await fresh.goto('/login');
	await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
	await fresh.getByLabel('Benutzer·name').fill(saved);
	await fresh.getByLabel('Passwort', { exact: true }).fill(`${saved}-test`);
	await fresh.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await expect(fresh).toHaveURL('/start');
	await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
	await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Hello Vera!');
});
