import { expect, test } from '@playwright/test';
import { locales, signIn, useLanguage } from './support/accounts';
import { expectNoAxeViolations, scrollsSideways } from './support/axe';
import { pages, resolvePath, states } from './support/pages';

for (const locale of locales) {
	test.describe(`accessibility in ${locale}`, () => {
		for (const entry of pages) {
			for (const viewer of entry.viewers) {
				test(`${entry.route} as ${viewer ?? 'signed out'} has no axe violations`, async ({ page, context }) => {
					await useLanguage(context, locale);
					if (viewer) await signIn(page, viewer);
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
				if (state.viewer) await signIn(page, state.viewer);
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

test.describe('narrow screens', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const locale of locales) {
		for (const entry of pages) {
			if (entry.viewers.length === 0) continue;
			const viewer = entry.viewers[0] ?? null;
			test(`${entry.route} does not scroll sideways at 320 px (${locale})`, async ({ page, context }) => {
				await useLanguage(context, locale);
				if (viewer) await signIn(page, viewer);
				await page.goto(await resolvePath(entry, page));
				expect(await scrollsSideways(page)).toBe(false);
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
			[...document.querySelectorAll<HTMLElement>('header a, header button, main button, main input, .link-list a')]
				.filter((element) => element.offsetParent !== null)
				.map((element) => ({ text: element.textContent?.trim(), rect: element.getBoundingClientRect() }))
				.filter(({ rect }) => rect.width < 44 || rect.height < 44)
				.map(({ text, rect }) => `${text} ${Math.round(rect.width)}x${Math.round(rect.height)}`)
		);
		expect(small, path).toEqual([]);
	}
});
