import { expect, test } from '@playwright/test';
import { locales, signIn, useDisplaySettings, useLanguage, useSession } from './support/accounts';
import { cutOffElements, expectNoAxeViolations, scrollsSideways } from './support/axe';
import { pages, resolvePath, states } from './support/pages';

for (const locale of locales) {
	test.describe(`accessibility in ${locale}`, () => {
		for (const entry of pages) {
			for (const viewer of entry.viewers) {
				test(`${entry.route} as ${viewer ?? 'signed out'} has no axe violations`, async ({
					page,
					context
				}) => {
					await useLanguage(context, locale);
					if (viewer) await useSession(page, viewer);
					const response = await page.goto(await resolvePath(entry, page));
					expect(response?.status()).toBe(200);
					await expect(page.locator('html')).toHaveAttribute('lang', locale);
					await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
					await expect(page.locator('h1')).toHaveCount(1);
					await expectNoAxeViolations(page);
				});
			}
		}

		for (const state of states) {
			test(`the ${state.name} page has no axe violations`, async ({ page, context }) => {
				await useLanguage(context, locale);
				if (state.viewer) await useSession(page, state.viewer);
				const response = await page.goto(state.path);
				expect(response?.status()).toBe(state.status);
				await expect(page.locator('h1')).toHaveCount(1);
				await expectNoAxeViolations(page);
			});
		}

		test('the feedback form with errors has no axe violations', async ({ page, context }) => {
			await useLanguage(context, locale);
			await signIn(page, 'ben');
			await page.goto('/feedback');
			await page.locator('main form button[type=submit]').click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoAxeViolations(page);
		});

		test('the login page with errors has no axe violations', async ({ page, context }) => {
			await useLanguage(context, locale);
			await page.goto('/login');
			await page.locator('form.login-form button[type=submit]').click();
			await expect(page.getByRole('alert')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	});
}

/** The page as seen by its first viewer, for the layout checks below. */
function firstViewers() {
	return pages
		.filter((entry) => entry.viewers.length > 0)
		.map((entry) => ({ entry, viewer: entry.viewers[0] ?? null }));
}

test.describe('narrow screens and large text', () => {
	for (const locale of locales) {
		for (const { entry, viewer } of firstViewers()) {
			test(`${entry.route} neither scrolls sideways nor cuts anything off at 320 px (also with very large text) and with text at 200 % (${locale})`, async ({
				page,
				context
			}) => {
				await useLanguage(context, locale);
				if (viewer) await useSession(page, viewer);
				const path = await resolvePath(entry, page);

				await page.setViewportSize({ width: 320, height: 640 });
				await page.goto(path);
				expect(await scrollsSideways(page), '320 px').toBe(false);
				expect(await cutOffElements(page), '320 px').toEqual([]);

				// The largest text size of the settings, on the smallest screen.
				await useDisplaySettings(context, { textSize: 'very-large' });
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-text-size', 'very-large');
				expect(await scrollsSideways(page), '320 px, very large text').toBe(false);
				expect(await cutOffElements(page), '320 px, very large text').toEqual([]);

				// As a browser's text-only zoom does: the root size doubles, the window stays.
				await page.setViewportSize({ width: 1280, height: 800 });
				await page.goto(path);
				await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
				expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
					'32px'
				);
				expect(await scrollsSideways(page), '200 %').toBe(false);
				expect(await cutOffElements(page), '200 %').toEqual([]);
			});
		}
	}
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/help');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('every interactive element is at least 44 by 44 pixels', async ({ page }) => {
	await signIn(page, 'anna');
	for (const path of ['/start', '/help']) {
		await page.goto(path);
		const small = await page.evaluate(() =>
			// Links inside running text are exempt (WCAG 2.5.8); every control and menu link is not.
			[
				...document.querySelectorAll<HTMLElement>(
					'header a, header button, main button, main input, .link-list a'
				)
			]
				.filter((element) => element.offsetParent !== null)
				.map((element) => ({
					text: element.textContent?.trim(),
					rect: element.getBoundingClientRect()
				}))
				.filter(({ rect }) => rect.width < 44 || rect.height < 44)
				.map(({ text, rect }) => `${text} ${Math.round(rect.width)}x${Math.round(rect.height)}`)
		);
		expect(small, path).toEqual([]);
	}
});
