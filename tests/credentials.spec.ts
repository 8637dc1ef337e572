import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { credentialTestParticipants } from '../playwright.config';
import { signInAsTestParticipant, useLanguage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { moveSignInBack } from './support/database';
import { addVirtualAuthenticator } from './support/passkeys';

// Each test has an account of its own (playwright.config.ts): they change passwords and
// passkeys, which no other test may meet.

async function newBrowser(
	browser: Browser,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(options);
	return { context, page: await context.newPage() };
}

async function signInWithPassword(page: Page, username: string, password: string): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Benutzer·name').fill(username);
	await page.getByLabel('Passwort', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
}

async function signOut(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
	await expect(page).toHaveURL('/login?signedOut=1');
}

function securityLog(): Record<string, unknown>[] {
	return readFileSync(process.env.E2E_SECURITY_LOG!, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Record<string, unknown>);
}

const errorSummary = (page: Page) =>
	page.getByRole('alert').filter({ hasText: 'Da stimmt etwas nicht' });

test('right after signing in, a person makes their own password without the old one; other sessions end', async ({
	browser
}) => {
	const username = credentialTestParticipants.freshPassword;
	const phone = await newBrowser(browser);
	await signInAsTestParticipant(phone.page, username);
	const { context, page } = await newBrowser(browser);
	await signInAsTestParticipant(page, username);

	await page.goto('/settings/security#password');
	const section = page.locator('section#password');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText('Passwort');
	await expect(section).toContainText('Machen Sie jetzt Ihr eigenes Passwort.');
	await expect(section.getByLabel('Altes Passwort')).toHaveCount(0);
	// Password managers store the new password under the user name.
	await expect(section.getByLabel('Ihr Benutzer·name')).toHaveValue(username);
	await expect(section.getByLabel('Ihr Benutzer·name')).toHaveAttribute('autocomplete', 'username');
	const newPassword = section.getByLabel('Neues Passwort');
	await expect(newPassword).toHaveAttribute('autocomplete', 'new-password');
	await expect(newPassword).toHaveAttribute('type', 'password');

	// With JavaScript, a toggle shows what was typed.
	const show = section.getByRole('button', { name: 'Passwort zeigen' });
	await expect(show).toHaveAttribute('aria-pressed', 'false');
	await show.click();
	await expect(show).toHaveAttribute('aria-pressed', 'true');
	await expect(newPassword).toHaveAttribute('type', 'text');
	await show.click();
	await expect(newPassword).toHaveAttribute('type', 'password');

	// Too common: refused, in easy language, at the field and in the summary.
	await newPassword.fill('Hallo123');
	await section.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(errorSummary(page)).toBeFocused();
	await expect(errorSummary(page).getByRole('link')).toHaveText(
		'Dieses Passwort benutzen sehr viele Menschen. Andere können es leicht erraten. Bitte nehmen Sie ein anderes Passwort.'
	);
	await expect(newPassword).toHaveAttribute('aria-invalid', 'true');
	await expect(newPassword).toHaveAccessibleDescription(/Dieses Passwort benutzen sehr viele/);
	await expectNoAxeViolations(page);
	// The password never comes back in the page.
	await expect(newPassword).toHaveValue('');

	await newPassword.fill('kurz');
	await section.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(errorSummary(page)).toContainText(
		'Das Passwort ist zu kurz. Es braucht mindestens 8 Zeichen. Jetzt hat es 4 Zeichen.'
	);

	// Any characters, pasted like a password manager does.
	const chosen = 'Grüne Gießkanne 🌻 am Zaun';
	await newPassword.focus();
	await page.keyboard.insertText(chosen);
	await section.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(page).toHaveURL('/settings/security?passwordChanged=1#password');
	await expect(section.getByRole('status')).toContainText('Ihr neues Passwort ist gespeichert.');
	await expect(section.getByRole('status')).toContainText(
		'Auf allen anderen Geräten sind Sie jetzt abgemeldet.'
	);
	await expect(page.locator('main ul.sessions > li')).toHaveCount(1);

	await phone.page.goto('/start');
	await expect(phone.page).toHaveURL('/login?redirectTo=%2Fstart');

	await signOut(page);
	await signInWithPassword(page, username, `${username}-test`);
	await expect(page.getByRole('alert')).toContainText('Benutzer·name oder Passwort stimmt nicht.');
	await signInWithPassword(page, username, chosen);
	await expect(page).toHaveURL('/start');

	const logged = securityLog().filter((line) => line.event === 'account-changed');
	expect(logged.some((line) => line.reason === 'password-changed')).toBe(true);
	expect(JSON.stringify(securityLog())).not.toContain('Gießkanne');
	await phone.context.close();
	await context.close();
});

test('later, changing the password asks for the old one, and a wrong one is refused (without JavaScript)', async ({
	browser
}) => {
	const username = credentialTestParticipants.oldPassword;
	const { context, page } = await newBrowser(browser, { javaScriptEnabled: false });
	await signInAsTestParticipant(page, username);
	await moveSignInBack(username, 11);

	await page.goto('/settings/security');
	const section = page.locator('section#password');
	await expect(section).toContainText('Dafür brauchen Sie Ihr altes Passwort.');
	// Without JavaScript the fields are plain password fields and there is no toggle.
	await expect(section.getByRole('button', { name: /zeigen/ })).toHaveCount(0);
	const current = section.getByLabel('Altes Passwort');
	await expect(current).toHaveAttribute('autocomplete', 'current-password');
	await expect(current).toHaveAttribute('type', 'password');

	await section.getByLabel('Neues Passwort').fill('Sieben Zwerge hinter den Bergen');
	await section.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(errorSummary(page)).toContainText('Bitte schreiben Sie Ihr altes Passwort.');

	await section.getByLabel('Altes Passwort').fill('nicht-mein-passwort');
	await section.getByLabel('Neues Passwort').fill('Sieben Zwerge hinter den Bergen');
	await section.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(errorSummary(page)).toContainText(
		'Das alte Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.'
	);
	await expect(section.getByLabel('Altes Passwort')).toHaveAttribute('aria-invalid', 'true');

	await section.getByLabel('Altes Passwort').fill(`${username}-test`);
	await section.getByLabel('Neues Passwort').fill('Sieben Zwerge hinter den Bergen');
	await section.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(page).toHaveURL('/settings/security?passwordChanged=0#password');
	await expect(section.getByRole('status')).toContainText('Ihr neues Passwort ist gespeichert.');
	await expect(section.getByRole('status')).not.toContainText('anderen Geräten');

	await signOut(page);
	await signInWithPassword(page, username, 'Sieben Zwerge hinter den Bergen');
	await expect(page).toHaveURL('/start');
	await context.close();
});

test('a person adds a passkey, signs in with it, renames and removes it', async ({ browser }) => {
	const username = credentialTestParticipants.passkey;
	const { context, page } = await newBrowser(browser);
	// Chromium's virtual authenticator stands in for the phone's fingerprint sensor.
	const { devtools, authenticatorId } = await addVirtualAuthenticator(page);

	await signInAsTestParticipant(page, username);
	await page.goto('/settings/security');
	const section = page.locator('section#passkeys');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText('Passkeys');
	await expect(section).toContainText('Sie haben noch keinen Passkey.');
	// Without a name of one's own, the passkey is named after the device (see the axe test).
	const name = section.getByLabel('Name für den Passkey');
	await expect(name).toHaveValue('');
	await expect(name).toHaveAccessibleDescription(
		/Wenn Sie keinen Namen schreiben, heißt er: Chrome auf Windows/
	);
	await name.fill('Mein Handy');
	await section.getByRole('button', { name: 'Passkey machen' }).click();
	await expect(page).toHaveURL('/settings/security?passkeyAdded=1#passkeys');
	await expect(section.getByRole('status')).toContainText('Ihr Passkey ist gespeichert.');
	const entries = section.locator('ul.passkeys > li');
	await expect(entries).toHaveCount(1);
	await expect(entries.getByRole('heading', { level: 3 })).toHaveText('Mein Handy');
	await expect(entries).toContainText(/Gemacht am: \d{1,2}\. [A-Za-zä]+ \d{4}, \d{2}:\d{2}/);
	await expect(entries).toContainText('Noch nie zum Anmelden benutzt.');
	const { credentials } = await devtools.send('WebAuthn.getCredentials', { authenticatorId });
	expect(credentials).toHaveLength(1);
	expect(credentials[0]!.isResidentCredential).toBe(true);
	await expectNoAxeViolations(page);

	// Signed out, the login page asks the browser for passkeys at once (autofill on the user
	// name field); the virtual authenticator answers without a touch, so this signs in.
	await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
	await expect(page).toHaveURL('/start');
	await expect(page.getByText('Angemeldet als Yara Test')).toBeVisible();
	expect(
		securityLog().some(
			(line) => line.event === 'sign-in' && line.reason === 'passkey' && line.username === username
		)
	).toBe(true);

	// A browser without that autofill: the button does the same.
	await context.addInitScript(() => {
		Object.defineProperty(PublicKeyCredential, 'isConditionalMediationAvailable', {
			value: async () => false
		});
	});
	await signOut(page);
	expect(await page.evaluate(() => PublicKeyCredential.isConditionalMediationAvailable())).toBe(
		false
	);
	await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
	await expect(page).toHaveURL('/start');
	await expect(page.getByText('Angemeldet als Yara Test')).toBeVisible();
	await page.goto('/settings/security');
	await expect(page.locator('main ul.sessions > li')).toHaveCount(1);

	await page.goto('/settings/security');
	await expect(entries).toContainText(/Zuletzt benutzt: \d{1,2}\. [A-Za-zä]+ \d{4}, \d{2}:\d{2}/);
	await section.getByLabel('Neuer Name für „Mein Handy“').fill('Handy');
	await section.getByRole('button', { name: 'Namen ändern' }).click();
	await expect(page).toHaveURL('/settings/security?passkeyRenamed=1#passkeys');
	await expect(entries.getByRole('heading', { level: 3 })).toHaveText('Handy');

	// Removing asks first.
	await section.getByRole('button', { name: 'Passkey löschen' }).click();
	await expect(errorSummary(page)).toContainText('Bitte bestätigen Sie das Löschen.');
	await expect(entries).toHaveCount(1);
	await section.getByLabel('Ja, den Passkey „Handy“ löschen.').check();
	await section.getByRole('button', { name: 'Passkey löschen' }).click();
	await expect(page).toHaveURL('/settings/security?passkeyRemoved=1#passkeys');
	await expect(section.getByRole('status')).toContainText('Der Passkey ist gelöscht.');
	await expect(section).toContainText('Sie haben noch keinen Passkey.');

	// The device still holds it, but the portal no longer takes it.
	await signOut(page);
	await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Die Anmeldung mit dem Passkey hat nicht geklappt.'
	);
	await expect(page).toHaveURL('/login?signedOut=1');
	await context.close();
});

test('without JavaScript the passkey part explains that it needs JavaScript, and the login has no passkey button', async ({
	browser
}) => {
	const { context, page } = await newBrowser(browser, { javaScriptEnabled: false });
	await page.goto('/login');
	await expect(page.getByRole('button', { name: 'Mit Passkey anmelden' })).toHaveCount(0);
	await expect(page.getByLabel('Benutzer·name')).toHaveAttribute(
		'autocomplete',
		'username webauthn'
	);
	await signInAsTestParticipant(page, credentialTestParticipants.states);
	await page.goto('/settings/security');
	const section = page.locator('section#passkeys');
	await expect(section).toContainText('Für einen neuen Passkey braucht Ihr Browser JavaScript.');
	await expect(section.getByRole('button', { name: 'Passkey machen' })).toHaveCount(0);
	await context.close();
});

test('the security page with errors and with a passkey has no axe violations, in both languages and at 320 px', async ({
	browser
}) => {
	// Eight axe runs on one page: more than the default 30 s on a busy machine.
	test.setTimeout(120_000);
	const username = credentialTestParticipants.states;
	const { context, page } = await newBrowser(browser);
	await addVirtualAuthenticator(page);
	await signInAsTestParticipant(page, username);
	await page.goto('/settings/security');
	await page.locator('section#passkeys').getByRole('button', { name: 'Passkey machen' }).click();
	await expect(page).toHaveURL('/settings/security?passkeyAdded=1#passkeys');
	await expect(page.locator('ul.passkeys h3')).toHaveText('Chrome auf Windows');
	await moveSignInBack(username, 11);

	for (const locale of ['de', 'en'] as const) {
		await useLanguage(context, locale);
		for (const width of [1280, 320]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/settings/security');
			await expect(page.locator('ul.passkeys > li')).toHaveCount(1);
			await expectNoAxeViolations(page);
			await page
				.locator('section#password')
				.getByRole('button', { name: locale === 'de' ? 'Passwort speichern' : 'Save password' })
				.click();
			await expect(page.locator('section#password [aria-invalid="true"]')).toHaveCount(1);
			await expectNoAxeViolations(page);
		}
	}
	await context.close();
});
