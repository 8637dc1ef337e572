import { expect, test } from '@playwright/test';
import { accounts, signIn, testBaseUrl, usernames } from './support/accounts';

test.describe('signing in and out', () => {
	for (const username of usernames) {
		test(`${username} signs in, lands on the ${accounts[username].role} home and signs out`, async ({
			page,
			context
		}) => {
			await signIn(page, username);
			await expect(page).toHaveURL(accounts[username].home);
			await expect(page.getByText(`Angemeldet als ${accounts[username].name}`)).toBeVisible();
			expect((await context.cookies()).find((cookie) => cookie.name === 'session')?.httpOnly).toBe(
				true
			);

			await page.getByRole('button', { name: 'Abmelden' }).click();
			await expect(page).toHaveURL('/login?signedOut=1');
			await expect(page.getByRole('status')).toContainText('Sie sind jetzt abgemeldet.');
			expect((await context.cookies()).find((cookie) => cookie.name === 'session')).toBeUndefined();
			await page.goto(accounts[username].home);
			await expect(page).toHaveURL(/\/login\?redirectTo=/);
		});
	}

	test('user names and passwords are typed exactly: no capital letter, no spell check', async ({
		page
	}) => {
		const typedExactly = async (label: string) => {
			const field = page.getByLabel(label, { exact: true });
			await expect(field).toHaveAttribute('autocapitalize', 'none');
			await expect(field).toHaveAttribute('spellcheck', 'false');
		};
		await page.goto('/login');
		await typedExactly('Benutzer·name');
		await typedExactly('Passwort');
		// A name is not a credential: the phone may help with it.
		await signIn(page, 'admin');
		await page.goto('/admin/accounts/new');
		await typedExactly('Benutzer·name');
		await expect(page.getByLabel('Vorname und Nachname')).not.toHaveAttribute(
			'autocapitalize',
			'none'
		);
		await page.goto('/settings/security');
		await typedExactly('Ihr Benutzer·name');
		await typedExactly('Neues Passwort');
	});

	test('the participant start page greets by name', async ({ page }) => {
		await signIn(page, 'anna');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hallo Anna!');
		await expect(page.getByRole('link', { name: 'Module aussuchen und anfragen' })).toBeVisible();
	});

	test('a wrong password gives the easy-language error, keeps the name and makes no session', async ({
		page,
		context
	}) => {
		await page.goto('/login');
		await page.getByLabel('Benutzer·name').fill('ben');
		await page.getByLabel('Passwort', { exact: true }).fill('not-bens-password');
		await page.getByRole('button', { name: 'Anmelden', exact: true }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toContainText('Benutzer·name oder Passwort stimmt nicht.');
		await expect(summary).toBeFocused();
		await expect(page.getByLabel('Benutzer·name')).toHaveValue('ben');
		await expect(page.getByLabel('Passwort', { exact: true })).toHaveValue('');
		expect((await context.cookies()).find((cookie) => cookie.name === 'session')).toBeUndefined();
	});

	test('an unknown name gets exactly the same error as a wrong password', async ({ page }) => {
		await page.goto('/login');
		await page.getByLabel('Benutzer·name').fill('nobody-by-this-name');
		await page.getByLabel('Passwort', { exact: true }).fill('whatever');
		await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText(
			/Da stimmt etwas nicht:\s*Benutzer·name oder Passwort stimmt nicht\. Bitte versuchen Sie es noch einmal\./
		);
	});

	test('empty fields get field errors that say what to do', async ({ page }) => {
		await page.goto('/login');
		await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Bitte schreiben Sie Ihren Benutzer·namen.'
		);
		await expect(page.getByRole('alert')).toContainText('Bitte schreiben Sie Ihr Passwort.');
		await expect(page.getByLabel('Benutzer·name')).toHaveAttribute('aria-invalid', 'true');
		await page.getByRole('link', { name: 'Bitte schreiben Sie Ihr Passwort.' }).click();
		await expect(page).toHaveURL(/#password$/);
	});

	test('after 5 wrong tries the account waits, and the message says how long', async ({ page }) => {
		// A name of its own, so other tests' accounts are not locked.
		await page.goto('/login');
		for (let attempt = 1; attempt <= 5; attempt++) {
			await page.getByLabel('Benutzer·name').fill('locked-out-tester');
			await page.getByLabel('Passwort', { exact: true }).fill(`wrong-${attempt}`);
			await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
			await expect(page.getByRole('alert')).toContainText('stimmt nicht');
		}
		await page.getByLabel('Passwort', { exact: true }).fill('wrong-6');
		await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Sie haben zu oft ein falsches Passwort geschrieben.'
		);
		await expect(page.getByRole('alert')).toContainText(/Bitte warten Sie (15|14) Minuten\./);
	});

	test('logout ends the session on the server: the old cookie no longer works', async ({
		page,
		context,
		browser
	}) => {
		await signIn(page, 'tom');
		const oldCookie = (await context.cookies()).find((cookie) => cookie.name === 'session');
		expect(oldCookie).toBeDefined();
		await page.getByRole('button', { name: 'Abmelden' }).click();
		await expect(page).toHaveURL('/login?signedOut=1');

		const replay = await browser.newContext();
		await replay.addCookies([{ name: 'session', value: oldCookie!.value, url: testBaseUrl() }]);
		const replayPage = await replay.newPage();
		await replayPage.goto('/provider');
		await expect(replayPage).toHaveURL('/login?redirectTo=%2Fprovider');
		await replay.close();
	});

	test('a malformed session cookie counts as signed out and is cleared', async ({
		page,
		context
	}) => {
		await context.addCookies([{ name: 'session', value: 'garbage"<>', url: testBaseUrl() }]);
		const response = await page.goto('/start');
		await expect(page).toHaveURL('/login?redirectTo=%2Fstart');
		expect(response?.status()).toBe(200);
		expect((await context.cookies()).find((cookie) => cookie.name === 'session')).toBeUndefined();
	});

	test('after signing in, the person goes back to the page they asked for', async ({ page }) => {
		await page.goto('/help');
		await page.goto('/login?redirectTo=%2Fhelp%3Fx%3D1');
		await page.getByLabel('Benutzer·name').fill('anna');
		await page.getByLabel('Passwort', { exact: true }).fill('anna-demo');
		await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
		await expect(page).toHaveURL('/help?x=1');
	});

	test('a redirectTo that leaves the site is ignored', async ({ page }) => {
		for (const target of ['https://example.org/', '//example.org/', '/\\example.org']) {
			await page.context().clearCookies();
			await page.goto(`/login?redirectTo=${encodeURIComponent(target)}`);
			await page.getByLabel('Benutzer·name').fill('ben');
			await page.getByLabel('Passwort', { exact: true }).fill('ben-demo');
			await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
			await expect(page).toHaveURL(`${testBaseUrl()}/start`);
		}
	});

	test('a signed-in person who opens the login goes home', async ({ page }) => {
		await signIn(page, 'lea');
		await page.goto('/login');
		await expect(page).toHaveURL('/provider');
	});
});
