import { expect, test, type Page } from '@playwright/test';
import { useLanguage } from './support/accounts';

/**
 * Headless Chromium has no speech engine, so the page gets a stand-in for the browser's
 * speechSynthesis that records what it is asked to do. The portal's own code runs unchanged.
 */
function recordSpeech(voiceList: { lang: string; name: string }[]): void {
	{
		const log: { spoken: { text: string; lang: string; voice: string | null }[]; calls: string[] } = { spoken: [], calls: [] };
		const queue: { onend: (() => void) | null }[] = [];
		class RecordedUtterance {
			text: string;
			lang = '';
			voice: { name: string } | null = null;
			onend: (() => void) | null = null;
			constructor(text: string) {
				this.text = text;
			}
		}
		const synthesis = {
			getVoices: () => voiceList,
			speak(utterance: RecordedUtterance) {
				log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
				queue.push(utterance);
			},
			pause: () => log.calls.push('pause'),
			resume: () => log.calls.push('resume'),
			cancel: () => {
				log.calls.push('cancel');
				queue.length = 0;
			},
			addEventListener: () => {},
			removeEventListener: () => {}
		};
		Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordedUtterance, configurable: true });
		Object.assign(window, {
			speechLog: log,
			// The engine has read everything: the last piece ends.
			finishSpeaking: () => queue.at(-1)?.onend?.()
		});
	}
}

const voices = [
	{ lang: 'en-GB', name: 'English voice' },
	{ lang: 'de-DE', name: 'German voice' }
];

async function speechLog(page: Page) {
	return page.evaluate(() => (window as unknown as { speechLog: { spoken: { text: string; lang: string; voice: string | null }[]; calls: string[] } }).speechLog);
}

test('reads the page aloud in its language, pauses, goes on and stops', async ({ page }) => {
	await page.addInitScript(recordSpeech, voices);
	await page.goto('/modules');
	const group = page.getByRole('group', { name: 'Seite vorlesen' });
	const readButton = group.getByRole('button', { name: 'Vorlesen' });
	await expect(readButton).toBeVisible();

	await readButton.click();
	const log = await speechLog(page);
	expect(log.spoken[0]).toEqual({ text: 'Welche Module gibt es?', lang: 'de', voice: 'German voice' });
	expect(log.spoken.map((piece) => piece.text)).toContain('Ein Teil heißt Modul.');
	// Only the page's own text as it is seen: not the menu, not the read-aloud buttons, not
	// what is there for screen readers alone.
	expect(log.spoken.some((piece) => piece.text.includes('Wörterbuch erklärt'))).toBe(false);
	expect(log.spoken.map((piece) => piece.text)).not.toContain('Vorlesen');
	expect(log.spoken.some((piece) => piece.text.includes('Abmelden') || piece.text.includes('Rückmeldung'))).toBe(false);

	// The same button pauses and goes on, so focus stays where it is.
	const pauseButton = group.getByRole('button', { name: 'Pause' });
	await expect(pauseButton).toBeFocused();
	await pauseButton.click();
	await expect(group.getByRole('button', { name: 'Weiter·lesen' })).toBeFocused();
	await group.getByRole('button', { name: 'Weiter·lesen' }).click();
	expect((await speechLog(page)).calls).toEqual(['cancel', 'pause', 'resume']);

	await group.getByRole('button', { name: 'Stopp' }).click();
	expect((await speechLog(page)).calls.at(-1)).toBe('cancel');
	await expect(readButton).toBeFocused();
	await expect(group.getByRole('button', { name: 'Stopp' })).toHaveCount(0);

	// Read to the end, the buttons return to the start.
	await readButton.click();
	await page.evaluate(() => (window as unknown as { finishSpeaking: () => void }).finishSpeaking());
	await expect(readButton).toBeVisible();
	await expect(group.getByRole('button', { name: 'Stopp' })).toHaveCount(0);
});

test('an English page is read with an English voice', async ({ page, context }) => {
	await useLanguage(context, 'en');
	await page.addInitScript(recordSpeech, voices);
	await page.goto('/help/words');
	await page.getByRole('button', { name: 'Read aloud' }).click();
	const log = await speechLog(page);
	expect(log.spoken[0]).toEqual({ text: 'Hard words', lang: 'en', voice: 'English voice' });
});

test('going to another page stops the reading', async ({ page }) => {
	await page.addInitScript(recordSpeech, voices);
	await page.goto('/modules');
	await page.getByRole('button', { name: 'Vorlesen' }).click();
	await page.getByRole('link', { name: 'Mehr über: Einstiegs·phase' }).click();
	await expect(page).toHaveURL('/modules/entry');
	expect((await speechLog(page)).calls.at(-1)).toBe('cancel');
	await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeVisible();
});

test('there is no read-aloud button where the browser cannot speak', async ({ page }) => {
	// A browser with speech but no voice installed cannot read either.
	await page.addInitScript(recordSpeech, []);
	await page.goto('/modules');
	// After the page's script has run, which is when the button would appear.
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('button', { name: 'Vorlesen' })).toHaveCount(0);

	const withoutSpeech = await page.context().newPage();
	await withoutSpeech.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
	await withoutSpeech.goto('/modules');
	await withoutSpeech.waitForLoadState('networkidle');
	await expect(withoutSpeech.getByRole('button', { name: 'Vorlesen' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('there is no read-aloud button', async ({ page }) => {
		await page.goto('/modules');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Vorlesen' })).toHaveCount(0);
	});
});
