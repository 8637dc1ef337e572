import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { sessionTestParticipants } from '../playwright.config';
import { signIn, signInAsTestParticipant, testBaseUrl } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

// Each test has an account of its own (playwright.config.ts), because it ends sessions or
// makes the account wait; the demo accounts other tests share are never touched here.

const chromeOnWindows =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const firefoxOnAndroid = 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0';

async function cookieNamed(context: BrowserContext, name: string) {
	return (await context.cookies()).find((cookie) => cookie.name === name);
}

async function newBrowser(
	browser: Browser,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(options);
	return { context, page: await context.newPage() };
}

async function expectSignedOut(page: Page): Promise<void> {
	await page.goto('/start');
	await expect(page).toHaveURL('/login?redirectTo=%2Fstart');
}

test('signing in makes a new session and ends the one the browser already had', async ({
	browser
}) => {
	const username = sessionTestParticipants.rotation;
	const first = await newBrowser(browser);
	await signInAsTestParticipant(first.page, username);
	const old = await cookieNamed(first.context, 'session');
	expect(old).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

	// The form is sent by a browser that already holds a session: a second tab, or a cookie
	// someone planted there before handing the computer over.
	const second = await newBrowser(browser);
	await second.page.goto('/login');
	await second.context.addCookies([{ name: 'session', value: old!.value, url: testBaseUrl() }]);
	await second.page.getByLabel('Benutzer·name').fill(username);
	await second.page.getByLabel('Passwort', { exact: true }).fill(`${username}-test`);
	await second.page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await expect(second.page).toHaveURL('/start');

	const fresh = await cookieNamed(second.context, 'session');
	expect(fresh?.value).toBeTruthy();
	expect(fresh?.value).not.toBe(old!.value);
	await expectSignedOut(first.page);
	await second.page.goto('/hours');
	await expect(second.page).toHaveURL('/hours');

	await first.context.close();
	await second.context.close();
});

test('the sessions page shows both browsers, and “sign out everywhere else” ends the other one, without JavaScript', async ({
	browser
}) => {
	const username = sessionTestParticipants.devices;
	const phone = await newBrowser(browser, { userAgent: firefoxOnAndroid });
	await signInAsTestParticipant(phone.page, username);
	const computer = await newBrowser(browser, {
		userAgent: chromeOnWindows,
		javaScriptEnabled: false
	});
	await signInAsTestParticipant(computer.page, username);

	await computer.page.goto('/settings');
	await computer.page.getByRole('link', { name: 'Wo bin ich angemeldet?' }).click();
	await expect(computer.page).toHaveURL('/settings/security');
	await expect(computer.page.getByRole('heading', { level: 1 })).toHaveText('Sicherheit');
	await expect(
		computer.page.getByRole('heading', { level: 2, name: 'Wo bin ich angemeldet?' })
	).toBeVisible();

	const sessions = computer.page.locator('main ul.sessions > li');
	await expect(sessions).toHaveCount(2);
	// This device comes first and says so; the other does not.
	await expect(sessions.nth(0).getByRole('heading', { level: 3 })).toHaveText('Chrome auf Windows');
	await expect(sessions.nth(0)).toContainText('Dieses Gerät benutzen Sie gerade.');
	await expect(sessions.nth(1).getByRole('heading', { level: 3 })).toHaveText(
		'Firefox auf Android'
	);
	await expect(sessions.nth(1)).not.toContainText('Dieses Gerät');
	for (const index of [0, 1]) {
		await expect(sessions.nth(index)).toContainText(
			/Zuletzt benutzt: \d{1,2}\. [A-Za-zä]+ \d{4}, \d{2}:\d{2}/
		);
	}

	await computer.page.getByRole('button', { name: 'Auf allen anderen Geräten abmelden' }).click();
	await expect(computer.page).toHaveURL('/settings/security?endedOthers=1');
	await expect(computer.page.getByRole('status')).toContainText(
		'Sie sind jetzt auf allen anderen Geräten abgemeldet.'
	);
	await expect(sessions).toHaveCount(1);
	await expect(computer.page.getByText('Sie sind nur auf diesem Gerät angemeldet.')).toBeVisible();
	await expect(
		computer.page.getByRole('button', { name: 'Auf allen anderen Geräten abmelden' })
	).toHaveCount(0);

	await expectSignedOut(phone.page);
	await computer.page.goto('/start');
	await expect(computer.page).toHaveURL('/start');

	await phone.context.close();
	await computer.context.close();
});

test('the sessions page with two sessions, and after ending one, has no axe violations', async ({
	browser
}) => {
	// The same states as above with JavaScript on, where axe can run; in English too.
	const username = sessionTestParticipants.axe;
	const other = await newBrowser(browser, { userAgent: firefoxOnAndroid });
	await signInAsTestParticipant(other.page, username);
	const here = await newBrowser(browser);
	await signInAsTestParticipant(here.page, username);
	await here.page.goto('/settings/security');
	await expect(here.page.locator('main ul.sessions > li')).toHaveCount(2);
	await expectNoAxeViolations(here.page);
	await here.page.getByRole('button', { name: 'Auf allen anderen Geräten abmelden' }).click();
	await expect(here.page.getByRole('status')).toBeVisible();
	await expectNoAxeViolations(here.page);
	await here.page.getByRole('button', { name: 'English' }).click();
	await expect(here.page.getByRole('heading', { level: 1 })).toHaveText('Security');
	await expect(here.page.getByText('You are only signed in on this device.')).toBeVisible();
	await expectNoAxeViolations(here.page);
	await other.context.close();
	await here.context.close();
});

test('the administration ends all sessions of an account', async ({ browser, page }) => {
	const username = sessionTestParticipants.admin;
	const displayName = 'Pia Test';
	const person = await newBrowser(browser);
	await signInAsTestParticipant(person.page, username);

	await signIn(page, 'admin');
	// The list holds every account, 50 a page: the administration searches for the person.
	await page.goto(`/admin?q=${encodeURIComponent(displayName)}`);
	const row = page.getByRole('row', { name: new RegExp(displayName) });
	// Cells after the name: user name, role, provider, active sessions, the button.
	await expect(row.getByRole('cell').nth(3)).toHaveText('1');
	await row.getByRole('button', { name: `Alle Sitzungen beenden (${displayName})` }).click();
	await expect(page.getByRole('status')).toContainText(`Sitzungen von ${displayName} beendet: 1.`);
	// Back on the same search, with the row and the confirmation.
	await expect(page).toHaveURL(/[?&]q=Pia\+Test/);
	await expect(row.getByRole('cell').nth(3)).toHaveText('0');
	await expectNoAxeViolations(page);

	await expectSignedOut(person.page);
	// The administration's own session goes on.
	await page.goto('/admin');
	await expect(page).toHaveURL('/admin');
	await person.context.close();
});

test('a browser that signed in before still gets in while wrong passwords from elsewhere make others wait', async ({
	browser
}) => {
	const username = sessionTestParticipants.deviceCookie;
	const own = await newBrowser(browser);
	await signInAsTestParticipant(own.page, username);
	expect(await cookieNamed(own.context, 'device')).toMatchObject({
		httpOnly: true,
		sameSite: 'Strict',
		path: '/'
	});
	await own.page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(own.page).toHaveURL('/login?signedOut=1');

	const stranger = await newBrowser(browser);
	await stranger.page.goto('/login');
	const tryPassword = async (password: string) => {
		await stranger.page.getByLabel('Benutzer·name').fill(username);
		await stranger.page.getByLabel('Passwort', { exact: true }).fill(password);
		await stranger.page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	};
	for (let attempt = 1; attempt <= 5; attempt++) {
		await tryPassword(`guess-${attempt}`);
		await expect(stranger.page.getByRole('alert')).toContainText('stimmt nicht');
	}
	// Now even the right password waits in a browser the account never used …
	await tryPassword(`${username}-test`);
	await expect(stranger.page.getByRole('alert')).toContainText(
		'Sie haben zu oft ein falsches Passwort geschrieben.'
	);

	// … but the person's own browser signs in as always.
	await signInAsTestParticipant(own.page, username);
	await expect(own.page).toHaveURL('/start');

	await own.context.close();
	await stranger.context.close();
});
