import { expect, test, type Page } from '@playwright/test';
import { useDisplaySettings, useSession } from './support/accounts';

/** A small phone with the largest text size of /settings (issue 17). */
const phone = { width: 375, height: 667 };

async function onPhoneWithLargestText(page: Page): Promise<void> {
	await page.setViewportSize(phone);
	await useDisplaySettings(page.context(), { textSize: 'very-large' });
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('on a phone with very large text the heading is on the first screen and the menu opens', async ({
			page
		}) => {
			await onPhoneWithLargestText(page);
			await useSession(page, 'anna');
			for (const path of ['/start', '/hours', '/goals', '/documents']) {
				await page.goto(path);
				const h1 = page.getByRole('heading', { level: 1 });
				const heading = await h1.boundingBox();
				const lineHeight = await h1.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
				expect(heading, path).not.toBeNull();
				// Its top and at least its first line are on the first screen, without scrolling.
				expect(await page.evaluate(() => window.scrollY), path).toBe(0);
				expect(heading!.y, path).toBeGreaterThanOrEqual(0);
				expect(heading!.y + lineHeight, path).toBeLessThanOrEqual(phone.height);
				await expect(page.getByRole('navigation', { name: 'Haupt·menü' })).toBeHidden();
			}

			// The skip link is still the first stop, and the menu button is reachable by keyboard.
			await page.goto('/start');
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
			const menuButton = page.locator('summary', { hasText: 'Menü' });
			for (
				let i = 0;
				i < 10 && !(await menuButton.evaluate((e) => e === document.activeElement));
				i++
			)
				await page.keyboard.press('Tab');
			await expect(menuButton).toBeFocused();
			await page.keyboard.press('Enter');
			const menu = page.getByRole('navigation', { name: 'Haupt·menü' });
			await expect(menu).toBeVisible();
			await expect(menu.getByRole('link', { name: 'Stunden' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Einstellungen' })).toBeVisible();
			await menu.getByRole('link', { name: 'Stunden' }).click();
			await expect(page).toHaveURL('/hours');
			await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		});
	});
}

test('on a wide screen the whole menu shows without a menu button', async ({ page }) => {
	await useDisplaySettings(page.context(), { textSize: 'very-large' });
	await useSession(page, 'anna');
	await page.goto('/start');
	await expect(page.locator('summary', { hasText: 'Menü' })).toBeHidden();
	const menu = page.getByRole('navigation', { name: 'Haupt·menü' });
	await expect(menu.getByRole('link', { name: 'Dokumente' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Einstellungen' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
});

test('the pictograms come from one sprite that the browser keeps, and every one is drawn', async ({
	page
}) => {
	await useSession(page, 'anna');
	await page.goto('/start');
	const references = await page
		.locator('.icon use')
		.evaluateAll((uses) => uses.map((use) => use.getAttribute('href') ?? ''));
	expect(references.length).toBeGreaterThan(10);
	const files = new Set(references.map((reference) => reference.split('#')[0]));
	expect(files.size).toBe(1);
	const [file] = files;
	const answer = await page.request.get(file!);
	expect(answer.headers()['content-type']).toContain('image/svg+xml');
	expect(answer.headers()['cache-control']).toContain('immutable');
	const sprite = await answer.text();
	for (const reference of references)
		expect(sprite, reference).toContain(`<symbol id="${reference.split('#')[1]}"`);
	// Once the sprite has loaded, each shown reference has a drawing with a size on the screen.
	const undrawn = () =>
		page.locator('.icon use').evaluateAll((uses) =>
			uses
				.filter((use) => use.closest('svg')!.checkVisibility())
				.filter((use) => {
					const box = (use as SVGUseElement).getBBox();
					return box.width === 0 || box.height === 0;
				})
				.map((use) => use.getAttribute('href'))
		);
	await expect.poll(undrawn).toEqual([]);
});

/** Every field of the first row is inside the screen's width, and nothing scrolls sideways. */
async function expectWholeFirstRow(page: Page, table: ReturnType<Page['getByRole']>) {
	const row = table.locator('tbody tr').first();
	const cells = row.locator('td, th');
	const count = await cells.count();
	expect(count).toBeGreaterThan(2);
	for (let index = 0; index < count; index++) {
		const cell = cells.nth(index);
		if (((await cell.textContent()) ?? '').trim() === '') continue;
		await cell.scrollIntoViewIfNeeded();
		await expect(cell).toBeVisible();
		const box = (await cell.boundingBox())!;
		expect(box.x, `field ${index + 1}`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, `field ${index + 1}`).toBeLessThanOrEqual(phone.width);
	}
	// Neither the page nor the table's own box scrolls sideways.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		phone.width
	);
	expect(
		await page
			.locator('.table-scroll')
			.first()
			.evaluate((box) => box.scrollWidth <= box.clientWidth)
	).toBe(true);
}

test('on a phone with very large text, the hours table and the access log show every field', async ({
	browser
}) => {
	// Tom opens Anna's booking: its hours table, and a line in Anna's access log.
	const tomContext = await browser.newContext({ locale: 'de-DE' });
	const tom = await tomContext.newPage();
	await onPhoneWithLargestText(tom);
	await useSession(tom, 'tom');
	await tom.setViewportSize({ width: 1280, height: 800 });
	await tom.goto('/provider/bookings');
	await tom
		.getByRole('row', { name: /Anna Berger.*Qualifizierungs·phase/ })
		.getByRole('link')
		.click();
	await tom.waitForURL(/\/provider\/bookings\/[^/]+$/);
	await tom.setViewportSize(phone);
	await expectWholeFirstRow(tom, tom.getByRole('table', { name: 'Einträge' }));
	await tomContext.close();

	const annaContext = await browser.newContext({ locale: 'de-DE' });
	const anna = await annaContext.newPage();
	await onPhoneWithLargestText(anna);
	await useSession(anna, 'anna');
	await anna.goto('/documents/access-log');
	const log = anna.getByRole('table');
	// Whatever other tests added on top, Tom's visit is in the log.
	await expect(log.locator('tbody tr', { hasText: 'Tom Keller' }).first()).toBeVisible();
	await expectWholeFirstRow(anna, log);
	// Each field is named on the screen, e.g. "Was?", not only in a header row hidden away.
	const labels = await log
		.locator('tbody tr')
		.first()
		.locator('td')
		.evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
	expect(labels).toEqual(['"Wann?"', '"Wer?"', '"Was?"']);
	await annaContext.close();
});
