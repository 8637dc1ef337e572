import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('signing in, the start page, switching language and signing out work without JavaScript', async ({
	page
}) => {
	await page.goto('/login');
	await page.getByLabel('Benutzer·name').fill('anna');
	await page.getByLabel('Passwort', { exact: true }).fill('wrong');
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('alert')).toContainText('Benutzer·name oder Passwort stimmt nicht.');
	await expect(page.getByLabel('Benutzer·name')).toHaveValue('anna');

	await page.getByLabel('Passwort', { exact: true }).fill('anna-demo');
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page).toHaveURL('/start');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hallo Anna!');

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/start');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello Anna!');

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL('/login?signedOut=1');
	await expect(page.getByRole('status')).toContainText('You are signed out now.');
});
