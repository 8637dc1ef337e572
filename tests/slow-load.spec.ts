import { expect, test, type Page } from '@playwright/test';
import { slowLoadTestParticipants } from '../playwright.config';
import { accounts, signIn, signInAsTestParticipant } from './support/accounts';

/**
 * On a slow phone the page shows before its script has run, and people start typing. When the
 * script starts it must keep what they typed, ticked and chose: a plain `value` in Svelte would
 * wipe it, and a person would send an empty form without knowing why.
 */
test.describe.configure({ timeout: 60_000 });

/**
 * Opens a page and holds its scripts back until the returned function lets them load; that
 * function waits until the page has loaded them all and started.
 */
async function openBeforeItsScript(page: Page, path: string): Promise<() => Promise<void>> {
	const held: (() => void)[] = [];
	let holding = true;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		if (holding) await new Promise<void>((release) => held.push(release));
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	return async () => {
		holding = false;
		for (const release of held) release();
		await page.waitForLoadState('networkidle');
		await page.unrouteAll();
	};
}

test('user name and password typed before the login page has loaded stay, and signing in works', async ({
	page
}) => {
	const loaded = await openBeforeItsScript(page, '/login');
	await page.getByLabel('Benutzer·name').fill('anna');
	await page.getByLabel('Passwort', { exact: true }).fill(accounts.anna.password);
	await loaded();

	// The script has run: the button that shows the password comes only with it.
	await expect(page.getByRole('button', { name: 'Passwort zeigen' })).toBeVisible();
	await expect(page.getByLabel('Benutzer·name')).toHaveValue('anna');
	await expect(page.getByLabel('Passwort', { exact: true })).toHaveValue(accounts.anna.password);
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await page.waitForURL('**/start');
});

test('a goal written before the goals page has loaded stays and is saved', async ({ page }) => {
	await signInAsTestParticipant(page, slowLoadTestParticipants.goals);
	const loaded = await openBeforeItsScript(page, '/goals');
	const own = page.locator('section', { has: page.locator('#personal-title') });
	await own.getByLabel('Mein Ziel', { exact: true }).fill('Ich lerne, Pakete zu packen.');
	await loaded();

	await expect(own.getByLabel('Mein Ziel', { exact: true })).toHaveValue(
		'Ich lerne, Pakete zu packen.'
	);
	await own.getByRole('button', { name: 'Mein Ziel speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Ihr Ziel ist gespeichert.');
	await expect(
		own.getByRole('heading', { level: 3, name: 'Ich lerne, Pakete zu packen.' })
	).toBeVisible();
});

test('a text size chosen before the settings page has loaded stays chosen', async ({ page }) => {
	await signInAsTestParticipant(page, slowLoadTestParticipants.goals);
	const loaded = await openBeforeItsScript(page, '/settings');
	await expect(page.getByLabel('Normal', { exact: true }).first()).toBeChecked();
	await page.getByLabel('Groß', { exact: true }).check();
	await loaded();

	await expect(page.getByLabel('Groß', { exact: true })).toBeChecked();
});

test('a search and a filter set before a staff list has loaded stay set', async ({ page }) => {
	await signIn(page, 'lea');
	const loaded = await openBeforeItsScript(page, '/provider/bookings');
	await page.getByLabel('Name der teilnehmenden Person').fill('Anna');
	await page.getByLabel('Stand').selectOption({ label: 'läuft' });
	await loaded();

	await expect(page.getByLabel('Name der teilnehmenden Person')).toHaveValue('Anna');
	await expect(page.getByLabel('Stand').locator('option:checked')).toHaveText('läuft');
});

test('a need ticked before the new-account page has loaded stays ticked', async ({ page }) => {
	await signIn(page, 'lea');
	const loaded = await openBeforeItsScript(page, '/provider/participants/new');
	await page.getByLabel('Leichte Sprache').check();
	await loaded();

	await expect(page.getByLabel('Leichte Sprache')).toBeChecked();
});
