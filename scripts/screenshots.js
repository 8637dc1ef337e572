// Screenshots of the main participant pages in every text size and contrast, for a person to
// look at (a page that passes its tests but looks broken is broken). Needs a running portal:
//   npm start            (in one terminal)
//   npm run screenshots  (in another; BASE_URL=http://localhost:3000 by default)
// The pictures land in test-results/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const baseURL = process.env.BASE_URL ?? 'http://localhost:3000';
const outDir = 'test-results/screenshots';
const pages = (
	process.env.PAGES ??
	[
		'/start',
		'/modules',
		'/my-modules',
		'/goals',
		'/hours',
		'/feedback',
		'/documents',
		'/documents/notes',
		'/documents/report',
		'/documents/access-log',
		'/documents/share',
		'/help/words',
		'/settings',
		'/settings/security'
	].join(',')
).split(',');
const textSizes = (process.env.TEXT_SIZES ?? 'normal,very-large').split(',');
const contrasts = (process.env.CONTRASTS ?? 'normal,high').split(',');
const locale = process.env.LOCALE ?? 'de';
const width = Number(process.env.WIDTH ?? 1280);

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
	executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
	args: process.getuid?.() === 0 ? ['--no-sandbox'] : []
});
const context = await browser.newContext({
	baseURL,
	viewport: { width, height: 900 },
	locale: 'de-DE'
});
const page = await context.newPage();
await page.goto('/login');
await page.locator('#username').fill(process.env.USERNAME_ ?? 'anna');
await page.locator('#password').fill(process.env.PASSWORD ?? 'anna-demo');
await page.locator('form.login-form button[type=submit]').click();
await page.waitForURL((url) => !url.pathname.startsWith('/login'));

for (const textSize of textSizes) {
	for (const contrast of contrasts) {
		await context.addCookies([
			{ name: 'text_size', value: textSize, url: baseURL },
			{ name: 'contrast', value: contrast, url: baseURL },
			{ name: 'PARAGLIDE_LOCALE', value: locale, url: baseURL }
		]);
		for (const path of pages) {
			await page.goto(path);
			const name = `${path.replace(/^\//, '').replaceAll('/', '-') || 'home'}-${locale}-${textSize}-${contrast}-${width}.png`;
			await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
			console.log(`${outDir}/${name}`);
		}
	}
}
await browser.close();
