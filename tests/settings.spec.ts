import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { testParticipants } from '../playwright.config';
import {
	signIn,
	signInAsTestParticipant,
	testBaseUrl,
	useDisplaySettings
} from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

async function rootStyle(
	page: Page
): Promise<{ fontSize: string; color: string; background: string }> {
	return page.evaluate(() => {
		const body = getComputedStyle(document.body);
		return {
			fontSize: getComputedStyle(document.documentElement).fontSize,
			color: body.color,
			background: body.backgroundColor
		};
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the settings change text size, colours and language of every page, and are remembered', async ({
		page
	}) => {
		await page.goto('/settings');
		const before = await rootStyle(page);
		expect(before.fontSize).toBe('16px');
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');

		await page.getByRole('radio', { name: 'Sehr groß' }).check();
		await page.getByRole('radio', { name: 'Starker Kontrast' }).check();
		await page.getByRole('radio', { name: 'English' }).check();
		await page.getByRole('button', { name: 'Einstellungen speichern' }).click();

		await expect(page).toHaveURL('/settings?saved=1');
		await expect(page.getByRole('status')).toContainText('Your settings are saved.');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'very-large');
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
		// The form shows what is in use now.
		await expect(page.getByRole('radio', { name: 'Very big' })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'Strong contrast' })).toBeChecked();

		// Another page, in the server's first answer: no flash of the old style.
		await page.goto('/help');
		await expect(page.locator('html')).toHaveCSS('font-size', '24px');
		const after = await rootStyle(page);
		expect(after.fontSize).toBe('24px');
		expect(after.color).toBe('rgb(0, 0, 0)');
		expect(after.background).toBe('rgb(255, 255, 255)');
		expect(after.color).not.toBe(before.color);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help');

		// "Large" sits in between.
		await page.goto('/settings');
		await page.getByRole('radio', { name: 'Big', exact: true }).check();
		await page.getByRole('radio', { name: 'Normal colours' }).check();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page).toHaveURL('/settings?saved=1');
		await expect(page.locator('html')).toHaveCSS('font-size', '20px');
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
	});

	test('unknown values in the cookies fall back to the defaults', async ({ page }) => {
		await useDisplaySettings(page.context(), {
			textSize: 'gigantic',
			contrast: '"><script>alert(1)</script>'
		});
		const response = await page.goto('/modules');
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
		expect(await response?.text()).not.toContain('<script>alert(1)');
		expect((await rootStyle(page)).fontSize).toBe('16px');
	});

	test('a tampered settings form is refused with an easy error, and nothing changes', async ({
		page
	}) => {
		await page.goto('/settings');
		const response = await page.request.post('/settings', {
			headers: { origin: testBaseUrl(), accept: 'text/html' },
			form: { textSize: 'enormous', contrast: 'high', locale: 'xx' }
		});
		expect(response.status()).toBe(400);
		const html = await response.text();
		expect(html).toContain('Bitte wählen Sie eine Möglichkeit.');
		await page.goto('/settings');
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});

	test('signed in, the settings work the same', async ({ page }) => {
		// An account of its own: a demo account in English would surprise the other tests.
		const username = testParticipants[2]!;
		await signInAsTestParticipant(page, username);
		await page.goto('/settings');
		await page.getByRole('radio', { name: 'English' }).check();
		await page.getByRole('radio', { name: 'Starker Kontrast' }).check();
		await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
		await expect(page.getByRole('status')).toContainText('Your settings are saved.');
		await page.goto('/start');
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello Mia!');
	});
});

const mainPages = [
	'/start',
	'/modules',
	'/modules/entry',
	'/goals',
	'/hours',
	'/feedback',
	'/documents',
	'/help',
	'/help/words',
	'/settings'
];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`high contrast, ${colorScheme}`, () => {
		test.use({ colorScheme });

		test(`main pages reach 7:1 and pass axe at the largest text`, async ({ page }) => {
			test.setTimeout(120_000);
			await signIn(page, 'anna');
			await useDisplaySettings(page.context(), { textSize: 'very-large', contrast: 'high' });
			for (const path of mainPages) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
				// colour-contrast-enhanced is WCAG 1.4.6 (AAA): 7:1 for text, 4.5:1 for large text.
				const enhanced = await new AxeBuilder({ page })
					.withRules(['color-contrast-enhanced'])
					.analyze();
				expect(
					enhanced.violations.flatMap((violation) =>
						violation.nodes.map(
							(node) => `${path}: ${node.target.join(' ')} ${node.any[0]?.message ?? ''}`
						)
					),
					path
				).toEqual([]);
				await expectNoAxeViolations(page);
			}
		});
	});
}
