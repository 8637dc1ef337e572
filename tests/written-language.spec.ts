import { expect, test } from '@playwright/test';
import { languageTestParticipants } from '../playwright.config';
import { signInAsTestParticipant, useLanguage, useSession } from './support/accounts';

/**
 * What people write keeps the language of the page they wrote it on, and a page in the other
 * language marks it (WCAG 3.1.2), so a screen reader reads it with the right voice.
 */
test('feedback written in English and its German answer are each marked on the other page', async ({
	browser
}) => {
	test.setTimeout(120_000);
	// An account of its own: nobody else's feedback list changes.
	const context = await browser.newContext({ locale: 'de-DE' });
	const page = await context.newPage();
	await signInAsTestParticipant(page, languageTestParticipants.writesEnglish);
	await useLanguage(context, 'en');
	await page.goto('/feedback');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const text = `The breaks are too short ${crypto.randomUUID().slice(0, 6)}`;
	await page.getByLabel('What was not good?').fill(text);
	await page.getByRole('button', { name: 'Send feedback' }).click();
	await expect(page).toHaveURL('/feedback?sent=1');
	const written = page.locator('.item span', { hasText: text });
	// On the page in its own language it needs no mark.
	expect(await written.getAttribute('lang')).toBeNull();

	await useLanguage(context, 'de');
	await page.goto('/feedback');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(written).toHaveAttribute('lang', 'en');

	// A lead answers on the German page (feedback with no provider: every lead may answer).
	const leadContext = await browser.newContext({ locale: 'de-DE' });
	const lea = await leadContext.newPage();
	await useSession(lea, 'lea');
	await lea.goto('/provider/feedback?state=open');
	await lea
		.getByRole('row', { name: /Tara Test/ })
		.last()
		.getByRole('link')
		.click();
	await expect(lea.locator('main')).toContainText(text);
	// Tara's words on Lea's German page: marked English.
	await expect(lea.locator('.easy-text', { hasText: text })).toHaveAttribute('lang', 'en');
	const answer = `Danke! Wir sprechen über die Pausen ${crypto.randomUUID().slice(0, 6)}`;
	await lea.getByLabel('Antwort', { exact: true }).fill(answer);
	await lea.getByRole('button', { name: 'Antwort schicken' }).click();
	await expect(lea.getByRole('status')).toHaveText('Die Antwort ist verschickt.');
	await leadContext.close();

	await useLanguage(context, 'en');
	await page.goto('/feedback');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.reply .easy-text', { hasText: answer })).toHaveAttribute(
		'lang',
		'de'
	);
	await context.close();
});

test('goals written in German are marked on the participant’s English goals page', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'de-DE' });
	await useLanguage(context, 'en');
	const anna = await context.newPage();
	await useSession(anna, 'anna');
	await anna.goto('/goals');
	await expect(anna.locator('html')).toHaveAttribute('lang', 'en');
	// Tom wrote the agreed goals and Anna her own ones on German pages (other tests too).
	const goalHeadings = anna.locator('main article.goal h3');
	await expect(goalHeadings.first()).toBeVisible();
	const marks = await goalHeadings.evaluateAll((headings) =>
		headings.map((heading) => heading.getAttribute('lang'))
	);
	expect(marks.length).toBeGreaterThanOrEqual(3);
	expect(new Set(marks)).toEqual(new Set(['de']));
	await context.close();
});

test('a German goal text inside an English history sentence is marked as German', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'de-DE' });
	const page = await context.newPage();
	await signInAsTestParticipant(page, languageTestParticipants.goalHistory);
	await page.goto('/goals');
	const own = page.locator('section', { has: page.locator('#personal-title') });
	await own.getByLabel('Mein Ziel', { exact: true }).fill('Ich lerne kochen.');
	await own.getByRole('button', { name: 'Mein Ziel speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Ihr Ziel ist gespeichert.');
	const goal = own.locator('article', { hasText: 'Ich lerne kochen.' });
	await goal.getByText('Mein Ziel ändern').click();
	await goal.getByLabel('Mein Ziel', { exact: true }).fill('Ich lerne, gesund zu kochen.');
	await goal.getByRole('button', { name: 'Mein Ziel speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Ihr Ziel ist gespeichert.');

	await useLanguage(context, 'en');
	await page.goto('/goals');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const history = page.locator('main article.goal .goal-history li', {
		hasText: 'changed the goal:'
	});
	await expect(history).toHaveCount(1);
	// The frame is English; only the words the person wrote are German.
	await expect(history).not.toHaveAttribute('lang', /./);
	await expect(history.locator('span[lang="de"]')).toHaveText('Ich lerne, gesund zu kochen.');
	await expect(history).toContainText('changed the goal: Ich lerne, gesund zu kochen.');
	// The start page names the same goal as the next one, marked the same way.
	await page.goto('/start');
	const nextGoal = page.locator('main a[href="/goals"]', { hasText: 'Your next goal:' });
	await expect(nextGoal).toHaveText('Your next goal: Ich lerne, gesund zu kochen.');
	await expect(nextGoal.locator('span[lang="de"]')).toHaveText('Ich lerne, gesund zu kochen.');

	// On the German page the same words need no mark.
	await useLanguage(context, 'de');
	await page.goto('/goals');
	const german = page.locator('main article.goal .goal-history li', {
		hasText: 'hat das Ziel geändert:'
	});
	await expect(german).toContainText('hat das Ziel geändert: Ich lerne, gesund zu kochen.');
	await expect(german.locator('[lang]')).toHaveCount(0);
	await context.close();
});
