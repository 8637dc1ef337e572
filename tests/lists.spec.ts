import { expect, test, type Page } from '@playwright/test';
import { signInWith, useLanguage } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { makeListRegion, type ListRegion } from './support/lists';

// The staff lists at a size that needs more than one page: paging, search and filters are
// plain links and GET forms, so they work without JavaScript. Axe needs JavaScript, so the
// same states are checked for accessibility at the end, with it on. Each test makes its own
// provider with 55 bookings and walks several pages: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

const words = {
	de: {
		search: 'Name der teilnehmenden Person',
		show: 'Anzeigen',
		state: 'Stand',
		trainer: 'Trainer·in',
		next: 'Nächste Seite',
		previous: 'Vorherige Seite',
		running: 'läuft',
		firstPage: 'Seite 1 von 2 · 55 Buchungen',
		secondPage: 'Seite 2 von 2 · 55 Buchungen',
		one: 'Seite 1 von 1 · 1 Buchung',
		three: 'Seite 1 von 1 · 3 Buchungen',
		nothing: 'Zu dieser Suche passt nichts.',
		reset: 'Suche und Filter zurücksetzen',
		feedbackSecond: 'Seite 2 von 2 · 55 Rückmeldungen',
		reportsSecond: 'Seite 2 von 2 · 55 Personen',
		pageTwo: 'Seite 2',
		participantsFirst: 'Seite 1 von 2 · 55 Personen',
		accountSearch: 'Name oder Benutzer·name'
	},
	en: {
		search: 'Name of the participant',
		show: 'Show',
		state: 'State',
		trainer: 'Trainer',
		next: 'Next page',
		previous: 'Previous page',
		running: 'running',
		firstPage: 'Page 1 of 2 · 55 bookings',
		secondPage: 'Page 2 of 2 · 55 bookings',
		one: 'Page 1 of 1 · 1 booking',
		three: 'Page 1 of 1 · 3 bookings',
		nothing: 'Nothing matches this search.',
		reset: 'Clear search and filters',
		feedbackSecond: 'Page 2 of 2 · 55 pieces of feedback',
		reportsSecond: 'Page 2 of 2 · 55 people',
		pageTwo: 'Page 2',
		participantsFirst: 'Page 1 of 2 · 55 people',
		accountSearch: 'Name or user name'
	}
} as const;

async function signInAsLead(page: Page, region: ListRegion) {
	await signInWith(page, region.lead.username, region.lead.password, '/provider');
}

const rowNames = (page: Page) => page.locator('main tbody th a');

for (const locale of ['de', 'en'] as const) {
	const say = words[locale];

	test.describe(`without JavaScript (${locale})`, () => {
		test.use({ javaScriptEnabled: false });

		test(`a lead pages, searches and filters the bookings without JavaScript (${locale})`, async ({
			page,
			context
		}) => {
			const region = await makeListRegion(`b${locale}`);
			await useLanguage(context, locale);
			await signInAsLead(page, region);
			await expect(page.getByRole('link', { name: /55/ })).toBeVisible();

			await page.goto('/provider/bookings');
			await expect(page.locator('.list-count')).toHaveText(say.firstPage);
			await expect(rowNames(page)).toHaveCount(50);
			await expect(rowNames(page).first()).toContainText(region.participants[0]!);

			await page.getByRole('link', { name: say.next }).click();
			await expect(page).toHaveURL('/provider/bookings?page=2');
			await expect(page.locator('.list-count')).toHaveText(say.secondPage);
			await expect(page.getByRole('link', { name: say.pageTwo })).toHaveAttribute(
				'aria-current',
				'page'
			);
			// Confirmed bookings wait to be started: they come before the running ones.
			await expect(rowNames(page)).toHaveCount(5);
			await expect(rowNames(page).nth(1)).toContainText(region.participants[51]!);
			await expect(rowNames(page).nth(2)).toContainText(region.participants[52]!);
			await page.getByRole('link', { name: say.previous }).click();
			await expect(page).toHaveURL('/provider/bookings');

			await page.getByLabel(say.search).fill(region.participants[17]!);
			await page.getByRole('button', { name: say.show }).click();
			await expect(page.locator('.list-count')).toContainText(say.one);
			await expect(rowNames(page)).toHaveCount(1);
			await expect(rowNames(page)).toContainText(region.participants[17]!);
			await expect(page.getByLabel(say.search)).toHaveValue(region.participants[17]!);

			await page.getByLabel(say.search).fill('');
			await page.getByLabel(say.state).selectOption({ label: say.running });
			await page.getByLabel(say.trainer).selectOption({ label: region.trainers[1]!.name });
			await page.getByRole('button', { name: say.show }).click();
			await expect(page.locator('.list-count')).toContainText(say.three);
			await expect(rowNames(page)).toHaveCount(3);

			await page.getByLabel(say.search).fill('niemand-zzz');
			await page.getByRole('button', { name: say.show }).click();
			await expect(page.getByText(say.nothing)).toBeVisible();
			await expect(page.locator('main table')).toHaveCount(0);
			await page.getByRole('link', { name: say.reset }).click();
			await expect(page.locator('.list-count')).toHaveText(say.firstPage);
		});

		test(`the feedback inbox and the report list page without JavaScript (${locale})`, async ({
			page,
			context
		}) => {
			const region = await makeListRegion(`f${locale}`);
			await useLanguage(context, locale);
			await signInAsLead(page, region);

			await page.goto('/provider/feedback');
			await page.getByRole('link', { name: say.next }).click();
			await expect(page).toHaveURL('/provider/feedback?page=2');
			await expect(page.locator('.list-count')).toHaveText(say.feedbackSecond);
			// Longest waiting first: the newest feedback is the last row of the last page.
			await expect(rowNames(page).last()).toContainText(region.participants[54]!);

			await page.goto('/provider/reports');
			await page.getByRole('link', { name: say.next }).click();
			await expect(page).toHaveURL('/provider/reports?page=2');
			await expect(page.locator('.list-count')).toHaveText(say.reportsSecond);
			await expect(page.locator('main tbody a')).toHaveCount(5);
		});

		test(`a lead pages through and searches the participant accounts without JavaScript (${locale})`, async ({
			page,
			context
		}) => {
			const region = await makeListRegion(`p${locale}`);
			await useLanguage(context, locale);
			await signInAsLead(page, region);

			await page.goto('/provider/participants');
			await expect(page.locator('.list-count')).toHaveText(say.participantsFirst);
			await expect(rowNames(page)).toHaveCount(50);
			await page.getByRole('link', { name: say.next }).click();
			await expect(page).toHaveURL('/provider/participants?page=2');
			await expect(rowNames(page)).toHaveCount(5);

			// The account search looks at user names too: "p17-…" is only p017's.
			const username = `p17-${region.participants[17]!.split(' ')[1]}`;
			await page.getByLabel(say.accountSearch).fill(username);
			await page.getByRole('button', { name: say.show }).click();
			await expect(rowNames(page)).toHaveCount(1);
			await expect(rowNames(page)).toContainText(region.participants[17]!);
			await page.getByLabel(say.accountSearch).fill('niemand-zzz');
			await page.getByRole('button', { name: say.show }).click();
			await expect(page.getByText(say.nothing)).toBeVisible();
			await page.getByRole('link', { name: say.reset }).click();
			await expect(page.locator('.list-count')).toHaveText(say.participantsFirst);
		});
	});

	test(`the lists with a second page, a filter and no result have no axe violations (${locale})`, async ({
		page,
		context
	}) => {
		const region = await makeListRegion(`a${locale}`);
		await useLanguage(context, locale);
		await signInAsLead(page, region);
		for (const path of [
			'/provider/bookings?page=2',
			`/provider/bookings?state=running&trainer=${region.trainers[1]!.id}`,
			'/provider/bookings?q=niemand-zzz',
			'/provider/feedback?page=2',
			'/provider/reports?page=2&state=none',
			'/provider/participants?page=2',
			'/provider/participants?q=niemand-zzz'
		]) {
			await page.goto(path);
			await expect(page.locator('.list-count')).toBeVisible();
			await expectNoAxeViolations(page);
		}
	});
}
