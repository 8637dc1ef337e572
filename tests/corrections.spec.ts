import { expect, test, type Browser, type Page } from '@playwright/test';
import { goalTestParticipants } from '../playwright.config';
import { signIn, signInAsTestParticipant } from './support/accounts';

/**
 * Issue 17, points 5 and 9: several own goals, and corrections that keep their history. The
 * own-goal journey runs with JavaScript on and off, each on an account of its own.
 */
test.describe.configure({ timeout: 90_000 });

async function newPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled, locale: 'de-DE' });
	return context.newPage();
}

const inWords = (iso: string) =>
	new Intl.DateTimeFormat('de', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${iso}T00:00:00Z`));

for (const javaScriptEnabled of [true, false]) {
	test(`a participant writes down two own goals, changes the second, and sees both with their history (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
		browser
	}) => {
		const page = await newPage(browser, javaScriptEnabled);
		await signInAsTestParticipant(
			page,
			javaScriptEnabled ? goalTestParticipants.javaScript : goalTestParticipants.noJavaScript
		);
		await page.goto('/goals');
		const own = page.locator('section', { has: page.locator('#personal-title') });

		await own.getByLabel('Mein Ziel', { exact: true }).fill('Ich möchte im Lager arbeiten.');
		await own.getByRole('button', { name: 'Mein Ziel speichern' }).click();
		await expect(page.getByRole('status')).toHaveText('Ihr Ziel ist gespeichert.');

		// Nothing typed: an easy error, and nothing is written.
		await expect(own.getByRole('heading', { name: 'Noch ein Ziel aufschreiben' })).toBeVisible();
		await own.getByRole('button', { name: 'Neues Ziel speichern' }).click();
		await expect(page.getByRole('alert').first()).toContainText(
			'Bitte schreiben Sie Ihr Ziel auf.'
		);
		await expect(own.locator('article')).toHaveCount(1);

		await own.getByLabel('Mein neues Ziel').fill('Ich fahre allein mit dem Bus.');
		await own.getByRole('button', { name: 'Neues Ziel speichern' }).click();
		await expect(page.getByRole('status')).toHaveText('Ihr Ziel ist gespeichert.');
		await expect(own.locator('article')).toHaveCount(2);
		// The form is empty again, ready for a third.
		await expect(own.getByLabel('Mein neues Ziel')).toHaveValue('');

		const second = own.locator('article', { hasText: 'Ich fahre allein mit dem Bus.' });
		await second.getByText('Mein Ziel ändern').click();
		await second
			.getByLabel('Mein Ziel', { exact: true })
			.fill('Ich fahre allein mit dem Bus zur Arbeit.');
		await second.getByRole('button', { name: 'Mein Ziel speichern' }).click();
		await expect(page.getByRole('status')).toHaveText('Ihr Ziel ist gespeichert.');

		const goals = own.locator('article');
		await expect(goals.getByRole('heading', { level: 3 })).toHaveText([
			'Ich möchte im Lager arbeiten.',
			'Ich fahre allein mit dem Bus zur Arbeit.'
		]);
		for (const goal of await goals.all()) await goal.getByText('Verlauf ansehen').click();
		await expect(goals.nth(0).locator('.goal-history li')).toHaveCount(1);
		await expect(goals.nth(1).locator('.goal-history')).toContainText(
			'hat das Ziel aufgeschrieben.'
		);
		await expect(goals.nth(1).locator('.goal-history')).toContainText(
			'hat das Ziel geändert: Ich fahre allein mit dem Bus zur Arbeit.'
		);

		// The own data download holds both.
		const exported = (await (await page.request.get('/documents/export.json')).json()) as {
			goals: { kind: string; text: string }[];
		};
		expect(
			exported.goals.filter((goal) => goal.kind === 'personal').map((goal) => goal.text)
		).toEqual(['Ich möchte im Lager arbeiten.', 'Ich fahre allein mit dem Bus zur Arbeit.']);
	});
}

test('tom corrects the date of a reflection talk, and anna sees the new date with its history', async ({
	browser
}) => {
	// A day of its own, long ago, so this talk is easy to find among the others.
	const day = 1 + Math.floor(Math.random() * 27);
	const heldOn = `2016-03-${String(day).padStart(2, '0')}`;
	const correctedOn = `2016-04-${String(day).padStart(2, '0')}`;

	const tom = await newPage(browser, false);
	await signIn(tom, 'tom');
	await tom.goto('/provider/bookings');
	await tom
		.getByRole('row', { name: /Anna Berger.*Qualifizierungs·phase/ })
		.getByRole('link')
		.click();
	const bookingPage = tom.url();
	await tom.getByLabel('Gespräch am', { exact: true }).fill(heldOn);
	await tom.getByLabel('Worum ging es? (freiwillig)').fill('Wie es in der Gärtnerei geht.');
	await tom.getByRole('button', { name: 'Gespräch eintragen' }).click();
	await expect(tom.getByRole('status')).toHaveText('Das Gespräch ist eingetragen.');

	await tom.getByRole('link', { name: `Gespräch vom ${inWords(heldOn)} korrigieren` }).click();
	await expect(tom.getByRole('heading', { level: 1 })).toHaveText('Reflexionsgespräch korrigieren');
	// Without a reason nothing changes, and the new date stays in the field.
	await tom.getByLabel('Gespräch am', { exact: true }).fill(correctedOn);
	await tom.getByRole('button', { name: 'Korrektur speichern' }).click();
	await expect(tom.getByRole('alert').first()).toContainText('Bitte schreiben Sie einen Grund.');
	await expect(tom.getByLabel('Gespräch am', { exact: true })).toHaveValue(correctedOn);
	await tom.getByLabel('Grund der Korrektur').fill('Falscher Monat eingetragen.');
	await tom.getByRole('button', { name: 'Korrektur speichern' }).click();
	await expect(tom).toHaveURL(/talkCorrected=1/);
	await expect(tom.getByRole('status')).toHaveText('Die Korrektur des Gesprächs ist gespeichert.');
	await expect(tom.locator('#talks-title + ul, #talks-title ~ ul').first()).toContainText(
		inWords(correctedOn)
	);
	expect(tom.url()).toContain(bookingPage.split('?')[0]);

	const anna = await newPage(browser, false);
	await signIn(anna, 'anna');
	await anna.goto('/feedback');
	const talk = anna.locator('li.talk', { hasText: `Gespräch am ${inWords(correctedOn)}` });
	await expect(talk).toContainText('Wie es in der Gärtnerei geht.');
	await expect(talk).toContainText(/Geändert am .* von Tom Keller\./);
	await talk.getByText('Ansehen, was vorher da stand').click();
	await expect(talk.locator('.changes')).toContainText('Tom Keller hat das Gespräch geändert.');
	await expect(talk.locator('.changes')).toContainText('Grund: Falscher Monat eingetragen.');
	await expect(talk.locator('.changes')).toContainText(
		`Vorher stand da: Gespräch am ${inWords(heldOn)}.`
	);
	// The old date is history only: no talk is headed with it any more.
	await expect(
		anna.getByRole('heading', { name: `Gespräch am ${inWords(heldOn)}`, exact: true })
	).toHaveCount(0);
});
