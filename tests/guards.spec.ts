import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

test.describe('role guards', () => {
	test('signed out, a protected page sends to the login and remembers where to go', async ({
		page
	}) => {
		for (const path of ['/start', '/goals', '/provider', '/admin']) {
			await page.goto(path);
			await expect(page).toHaveURL(`/login?redirectTo=${encodeURIComponent(path)}`);
		}
	});

	test('a participant cannot open /provider or /admin', async ({ page }) => {
		await signIn(page, 'anna');
		for (const path of ['/provider', '/admin']) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(403);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Diese Seite ist nicht für Sie.'
			);
		}
	});

	test('a trainer cannot open /admin or participant pages', async ({ page }) => {
		await signIn(page, 'tom');
		for (const path of ['/admin', '/start']) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(403);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Diese Seite ist nicht für Sie.'
			);
		}
	});

	test('the administration cannot open provider pages', async ({ page }) => {
		await signIn(page, 'admin');
		expect((await page.goto('/provider'))?.status()).toBe(403);
	});

	test('a form sent to another role’s area is refused too', async ({ page }) => {
		await signIn(page, 'anna');
		const response = await page.request.post('/provider', { form: { anything: '1' } });
		expect(response.status()).toBe(403);
	});

	test('an unknown page answers 404 in easy language', async ({ page }) => {
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite gibt es nicht.');
		await expect(page.getByRole('link', { name: 'Zur Start·seite' })).toBeVisible();
	});
});
