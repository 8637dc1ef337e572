import { expect, test, type Page } from '@playwright/test';
import { useLanguage } from './support/accounts';

/**
 * Headless Chromium has no speech engine, so the page gets a stand-in for the browser's
 * speechSynthesis that records what it is asked to do. The portal's own code runs unchanged.
 */
function recordSpeech(voiceList: { lang: string; name: string }[]): void {
	type Recorded = {
		text: string;
		lang: string;
		voice: { name: string } | null;
		onend: (() => void) | null;
		onerror: ((event: { error: string }) => void) | null;
	};
	const log: { spoken: { text: string; lang: string; voice: string | null }[]; calls: string[] } = {
		spoken: [],
		calls: []
	};
	const everSpoken: Recorded[] = [];
	let queue: Recorded[] = [];
	class RecordedUtterance {
		text: string;
		lang = '';
		voice: { name: string } | null = null;
		onend: (() => void) | null = null;
		onerror: ((event: { error: string }) => void) | null = null;
		constructor(text: string) {
			this.text = text;
		}
	}
	const synthesis = {
		getVoices: () => {
			log.calls.push('getVoices');
			return voiceList;
		},
		speak(utterance: Recorded) {
			log.spoken.push({
				text: utterance.text,
				lang: utterance.lang,
				voice: utterance.voice?.name ?? null
			});
			queue.push(utterance);
			everSpoken.push(utterance);
		},
		pause: () => log.calls.push('pause'),
		resume: () => log.calls.push('resume'),
		// As Chrome does: what was waiting ends with an "interrupted" error.
		cancel: () => {
			log.calls.push('cancel');
			const dropped = queue;
			queue = [];
			for (const utterance of dropped) utterance.onerror?.({ error: 'interrupted' });
		},
		addEventListener: () => {},
		removeEventListener: () => {}
	};
	Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', {
		value: RecordedUtterance,
		configurable: true
	});
	Object.assign(window, {
		speechLog: log,
		// The engine has read everything: the last piece ends.
		finishSpeaking: () => queue.at(-1)?.onend?.(),
		// The engine fails on the piece it is reading.
		failSpeaking: () => queue[0]?.onerror?.({ error: 'synthesis-failed' }),
		// A late "end" of a piece from an earlier, stopped reading.
		endEarlierPiece: (index: number) => everSpoken[index]?.onend?.()
	});
}

const voices = [
	{ lang: 'en-GB', name: 'English voice' },
	{ lang: 'de-DE', name: 'German voice' }
];

async function speechLog(page: Page) {
	return page.evaluate(
		() =>
			(
				window as unknown as {
					speechLog: {
						spoken: { text: string; lang: string; voice: string | null }[];
						calls: string[];
					};
				}
			).speechLog
	);
}

test('reads the page aloud in its language, pauses, goes on and stops', async ({ page }) => {
	await page.addInitScript(recordSpeech, voices);
	await page.goto('/modules');
	const group = page.getByRole('group', { name: 'Seite vorlesen' });
	const readButton = group.getByRole('button', { name: 'Vorlesen' });
	await expect(readButton).toBeVisible();

	await readButton.click();
	const log = await speechLog(page);
	const piecesOfFirstReading = log.spoken.length;
	expect(log.spoken[0]).toEqual({
		text: 'Welche Module gibt es?',
		lang: 'de',
		voice: 'German voice'
	});
	expect(log.spoken.map((piece) => piece.text)).toContain('Ein Teil heißt Modul.');
	// Only the page's own text as it is seen: not the menu, not the read-aloud buttons, not
	// what is there for screen readers alone.
	expect(log.spoken.some((piece) => piece.text.includes('Wörterbuch erklärt'))).toBe(false);
	expect(log.spoken.map((piece) => piece.text)).not.toContain('Vorlesen');
	expect(
		log.spoken.some(
			(piece) => piece.text.includes('Abmelden') || piece.text.includes('Rückmeldung')
		)
	).toBe(false);

	// The same button pauses and goes on, so focus stays where it is.
	const pauseButton = group.getByRole('button', { name: 'Pause' });
	await expect(pauseButton).toBeFocused();
	await pauseButton.click();
	await expect(group.getByRole('button', { name: 'Weiter·lesen' })).toBeFocused();
	await group.getByRole('button', { name: 'Weiter·lesen' }).click();
	// Every start clears what was read before (cancel, and resume against Chrome staying paused).
	expect((await speechLog(page)).calls.filter((call) => call !== 'getVoices')).toEqual([
		'cancel',
		'resume',
		'pause',
		'resume'
	]);

	await group.getByRole('button', { name: 'Stopp' }).click();
	expect((await speechLog(page)).calls.slice(-2)).toEqual(['cancel', 'resume']);
	await expect(readButton).toBeFocused();
	await expect(group.getByRole('button', { name: 'Stopp' })).toHaveCount(0);

	// A late end of the stopped reading does not end the new one.
	await readButton.click();
	await page.evaluate(
		(index) =>
			(window as unknown as { endEarlierPiece: (index: number) => void }).endEarlierPiece(index),
		piecesOfFirstReading - 1
	);
	await expect(group.getByRole('button', { name: 'Pause' })).toBeVisible();

	// Read to the end, the buttons return to the start, and focus stays on them.
	await group.getByRole('button', { name: 'Stopp' }).focus();
	await page.evaluate(() => (window as unknown as { finishSpeaking: () => void }).finishSpeaking());
	await expect(readButton).toBeFocused();
	await expect(group.getByRole('button', { name: 'Stopp' })).toHaveCount(0);

	// When the engine fails, the reading ends instead of hanging on "Pause".
	await readButton.click();
	await page.evaluate(() => (window as unknown as { failSpeaking: () => void }).failSpeaking());
	await expect(readButton).toBeVisible();
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
	const cancelsWhileReading = (await speechLog(page)).calls.filter(
		(call) => call === 'cancel'
	).length;
	await page.getByRole('link', { name: 'Mehr über: Einstiegs·phase' }).click();
	await expect(page).toHaveURL('/modules/entry');
	await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeVisible();
	expect((await speechLog(page)).calls.filter((call) => call === 'cancel').length).toBe(
		cancelsWhileReading + 1
	);
});

test('there is no read-aloud button where the browser cannot speak', async ({ page }) => {
	// A browser with speech but no voice installed cannot read either.
	await page.addInitScript(recordSpeech, []);
	await page.goto('/modules');
	// The page's script has looked for voices: this is when the button would appear.
	await page.waitForFunction(() =>
		(window as unknown as { speechLog: { calls: string[] } }).speechLog.calls.includes('getVoices')
	);
	await expect(page.getByRole('button', { name: 'Vorlesen' })).toHaveCount(0);

	const withoutSpeech = await page.context().newPage();
	await withoutSpeech.addInitScript(() =>
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			get: () => {
				Object.assign(window, { speechAskedFor: true });
				return undefined;
			}
		})
	);
	await withoutSpeech.goto('/modules');
	await withoutSpeech.waitForFunction(() => 'speechAskedFor' in window);
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
