import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/accounts';
import { firstLink } from './support/pages';

// Issue 17, point 7: a participant meets no hard word without its explanation. Each word below
// is either absent from a page or linked there to its entry in the Wörterbuch (/help/words).
const hardWords: { word: RegExp; id: string }[] = [
	{ word: /Beratungs·gespräch/, id: 'consultation' },
	{ word: /(?<![\p{L}])Fassung/u, id: 'version' },
	{ word: /Entw(urf|ürfe)/, id: 'draft' },
	{ word: /(?<![\p{L}·])Zeichen/u, id: 'character' },
	{ word: /JSON/, id: 'json' },
	{ word: /e\.V\./, id: 'registered-association' }
];

const participantPages: (string | ((page: Page) => Promise<string>))[] = [
	'/start',
	'/modules',
	'/my-modules',
	firstLink('/my-modules', 'a[href^="/my-modules/"]'),
	'/my-modules/request-all',
	'/goals',
	'/hours',
	'/feedback',
	'/documents',
	'/documents/notes',
	'/documents/report',
	'/documents/share',
	'/documents/access-log'
];

test.use({ javaScriptEnabled: false, locale: 'de-DE' });

test('on the participant pages every hard word is explained in the Wörterbuch or absent', async ({
	page
}) => {
	await signIn(page, 'anna');
	const unexplained: string[] = [];
	const met = new Set<string>();
	for (const entry of participantPages) {
		const path = typeof entry === 'string' ? entry : await entry(page);
		await page.goto(path);
		const text = await page.locator('main').innerText();
		for (const { word, id } of hardWords) {
			if (!word.test(text)) continue;
			met.add(id);
			const links = await page.locator(`main a[href="/help/words#${id}"]`).count();
			if (links === 0) unexplained.push(`${path}: ${word.source}`);
		}
	}
	expect(unexplained).toEqual([]);
	// The check saw the words at all: the demo data shows most of them somewhere.
	expect(met.size).toBeGreaterThanOrEqual(4);
});

test('the Wörterbuch explains each of these words', async ({ page }) => {
	await page.goto('/help/words');
	for (const { id } of hardWords) {
		const entry = page.locator(`[id="${id}"]`);
		await expect(entry, id).toHaveCount(1);
	}
	await expect(page.locator('main')).toContainText('eingetragener Verein');
	await expect(page.locator('main')).toContainText('Ein Zeichen ist ein Buchstabe');
});
