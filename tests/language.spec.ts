import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

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
	await signIn(page, 'anna');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/start');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello Anna!');
	await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link')).toHaveText([
		'Start',
		'Modules',
		'Goals',
		'Hours',
		'Feedback',
		'Documents'
	]);
});
