import { expect, test, type Locator, type Page } from '@playwright/test';
import { testParticipants } from '../playwright.config';

/**
 * The main tasks with the keyboard alone: signing in, asking for a module and giving feedback.
 * Each step moves with Tab (and arrow keys inside a radio group) and acts with Enter or Space;
 * no click and no fill. Once with JavaScript and once without, each with its own fresh account.
 */

/** Presses Tab until `target` has focus; every stop on the way must show where focus is. */
async function tabTo(page: Page, target: Locator, maxStops = 60): Promise<void> {
	for (let stop = 0; stop < maxStops; stop++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return { visible: true, name: 'body' };
			const style = getComputedStyle(element);
			const marked = style.outlineStyle !== 'none' || style.boxShadow !== 'none';
			return {
				visible: element.matches(':focus-visible') && marked,
				name: `${element.tagName} ${element.textContent?.trim().slice(0, 40)}`
			};
		});
		expect(focus.visible, `focus is visible on ${focus.name}`).toBe(true);
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

async function typeText(page: Page, text: string): Promise<void> {
	await page.keyboard.type(text, { delay: 5 });
}

const journeys = [
	{ javaScriptEnabled: true, username: testParticipants[0]! },
	{ javaScriptEnabled: false, username: testParticipants[1]! }
];

for (const { javaScriptEnabled, username } of journeys) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test(`${username} asks for the Einstiegsphase and gives feedback with the keyboard alone`, async ({
			page
		}) => {
			await page.goto('/login');
			await tabTo(page, page.getByLabel('Benutzer·name'));
			await typeText(page, username);
			await tabTo(page, page.getByLabel('Passwort', { exact: true }));
			await typeText(page, `${username}-test`);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL('/start');

			// Menu → Module → the Einstiegsphase → its request form.
			await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Module' }));
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL('/modules');
			// Hard words link once on the new page, also when the browser's script built it.
			await expect(page.locator('main a[href="/help/words#module"]')).toHaveCount(1);
			await tabTo(page, page.getByRole('link', { name: 'Mehr über: Einstiegs·phase' }));
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL('/modules/entry');

			// The wished start month is a select: arrow down picks the next month.
			const month = page.getByLabel('Wann möchten Sie anfangen?');
			await tabTo(page, month);
			const firstMonth = await month.inputValue();
			await page.keyboard.press('ArrowDown');
			await expect(month).not.toHaveValue(firstMonth);
			// In a radio group, Tab enters at the checked choice and the arrows move the choice.
			await tabTo(page, page.getByRole('radio', { name: 'Das ist mir egal.' }));
			await page.keyboard.press('ArrowUp');
			const wished = page.getByRole('radio', { name: 'St. Josefshaus' });
			await expect(wished).toBeChecked();
			await tabTo(page, page.getByLabel('Möchten Sie uns noch etwas sagen?'));
			await typeText(page, 'Ich komme mit dem Bus.');
			await tabTo(page, page.getByRole('button', { name: 'Modul anfragen' }));
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/my-modules\/[^/?]+\?sent=1$/);
			await expect(page.getByRole('status')).toContainText('Ihre Anfrage ist angekommen.');
			await expect(page.locator('main')).toContainText('St. Josefshaus');

			// Menu → Rückmeldung: a face with the arrows, a text, send with Enter.
			await tabTo(page, page.getByRole('navigation').getByRole('link', { name: 'Rückmeldung' }));
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL('/feedback');
			const faces = page
				.getByRole('group', { name: 'Wie geht es Ihnen mit pass(t)genau?' })
				.getByRole('radio');
			await tabTo(page, faces.first());
			await page.keyboard.press('Space');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expect(faces.nth(3)).toBeChecked();
			await tabTo(page, page.getByLabel('Was war gut?'));
			await typeText(page, 'Das Kennenlernen war gut.');
			await tabTo(page, page.getByRole('button', { name: 'Rückmeldung schicken' }));
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL('/feedback?sent=1');
			await expect(page.getByRole('status')).toContainText(
				'Danke! Ihre Rückmeldung ist angekommen.'
			);
			await expect(page.locator('main')).toContainText('Das Kennenlernen war gut.');
		});
	});
}

test('a hard word links to the Wörterbuch, reached and followed with the keyboard', async ({
	page
}) => {
	await page.goto('/modules');
	const hardWord = page
		.locator('main')
		.getByRole('link', { name: 'Modul (im Wörterbuch erklärt)' });
	await expect(hardWord).toHaveCount(1);
	await tabTo(page, hardWord);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/help/words#module');
	const entry = page.locator('#module');
	await expect(entry).toBeInViewport();
	await expect(entry).toContainText('Ein Teil heißt Modul.');
	// The next Tab continues from the explained word, not from the top of the page.
	await page.keyboard.press('Tab');
	const afterEntry = await page.evaluate(() => {
		const entry = document.getElementById('module')!;
		const focused = document.activeElement!;
		return (
			entry.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING ||
			entry.contains(focused)
		);
	});
	expect(afterEntry).toBeTruthy();
});
