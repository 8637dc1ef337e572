import { expect, test } from '@playwright/test';
import { languageTestParticipants } from '../playwright.config';

// The switch below saves English with the account: an account of its own.
const username = languageTestParticipants.noJavaScript;

test.use({ javaScriptEnabled: false });

test('signing in, the start page, switching language and signing out work without JavaScript', async ({
	page
}) => {
	await page.goto('/login');
	await page.getByLabel('Benutzer·name').fill(username);
	await page.getByLabel('Passwort', { exact: true }).fill('wrong');
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('alert')).toContainText('Benutzer·name oder Passwort stimmt nicht.');
	await expect(page.getByLabel('Benutzer·name')).toHaveValue(username);

	await page.getByLabel('Passwort', { exact: true }).fill(`${username}-test`);
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page).toHaveURL('/start');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hallo Udo!');

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/start');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello Udo!');

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL('/login?signedOut=1');
	await expect(page.getByRole('status')).toContainText('You are signed out now.');
});
