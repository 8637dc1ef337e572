import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { makeLetter, unique } from './support/letters';
import { addVirtualAuthenticator } from './support/passkeys';

/** A browser of its own, as the person has at home. */
async function freshPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
	return (await browser.newContext({ locale: 'de-DE', javaScriptEnabled })).newPage();
}

/** A lead makes a participant account; returns its page's address. */
async function createParticipant(page: Page, name: string, username: string): Promise<string> {
	await page.goto('/provider/participants');
	await page.getByRole('link', { name: 'Neues Konto für Teilnehmende' }).click();
	await page.getByLabel('Vorname und Nachname').fill(name);
	await page.getByLabel('Benutzer·name', { exact: true }).fill(username);
	await page.getByLabel('Große Schrift').check();
	await page.getByRole('button', { name: 'Konto machen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	return new URL(page.url()).pathname;
}

/** Opens the letter's link and presses the one button; returns where that led. */
async function useLetter(page: Page, link: string): Promise<string> {
	await page.goto(link);
	await page.getByRole('button', { name: 'Jetzt anmelden' }).click();
	await page.waitForLoadState();
	return new URL(page.url()).pathname + new URL(page.url()).hash;
}

const brokenTitle = 'Dieser Link geht nicht';

// Journeys with several people, browsers and Argon2 sign-ins.
test.describe.configure({ timeout: 120_000 });

test('admin makes a lead; the lead makes Clara; Clara gets in with her letter', async ({
	browser,
	page
}) => {
	// The administration makes a lead of Lebenshilfe and prints her letter.
	await signIn(page, 'admin');
	await page.getByRole('link', { name: 'Neues Konto für Mitarbeitende' }).click();
	const leadName = `Lena ${unique('Leitung')}`;
	const leadUsername = unique('lena');
	await page.getByLabel('Vorname und Nachname').fill(leadName);
	await page.getByLabel('Benutzer·name', { exact: true }).fill(leadUsername);
	await page.getByLabel('Leitung').check();
	await page.getByLabel('Träger').selectOption({ label: 'Lebenshilfe Südschwarzwald e.V.' });
	await page.getByRole('button', { name: 'Konto machen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(leadName);
	const leadLetter = await makeLetter(page);
	expect(leadLetter.text).toContain(leadUsername);

	// The lead signs in with it and lands where she makes her own password.
	const lead = await freshPage(browser);
	expect(await useLetter(lead, leadLetter.link)).toBe('/settings/security#password');
	await expect(lead.getByText(`Angemeldet als ${leadName}`)).toBeVisible();

	// After the information talk she makes Clara's account and prints Clara's letter.
	const claraName = `Clara ${unique('Beispiel')}`;
	const claraUsername = unique('clara');
	await createParticipant(lead, claraName, claraUsername);
	await expect(lead.getByRole('status')).toContainText('Das Konto ist fertig.');
	await expect(lead.locator('main dl')).toContainText('Große Schrift');
	const letter = await makeLetter(lead);
	expect(letter.info).toMatch(/Tagged:\s+yes/);
	expect(letter.info).toContain(`Brief zum Anmelden für ${claraName}`);
	expect(letter.link).toMatch(/\/login\/letter\/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
	// The address to type is the one in the QR code (at 18 pt it breaks after "letter/").
	expect(letter.text.replace('letter/ ', 'letter/')).toContain(letter.link);
	expect(letter.text).toContain(claraUsername);
	expect(letter.text).toContain('07761 0000-10');
	expect(letter.text).not.toMatch(/Passwort:/);
	await expect(lead.getByText(/Der letzte Brief vom .* geht noch bis/)).toBeVisible();

	// Clara scans it at home: one button, then she is in.
	const clara = await freshPage(browser);
	await clara.goto(letter.link);
	await expect(clara.getByRole('heading', { level: 1 })).toHaveText('Anmelden mit Ihrem Brief');
	await expectNoAxeViolations(clara);
	expect(await useLetter(clara, letter.link)).toBe('/settings/security#password');
	await expect(clara.getByText(`Angemeldet als ${claraName}`)).toBeVisible();

	// Right after the letter she makes her own password, without an old one.
	const password = clara.locator('section#password');
	await expect(password).toContainText('Machen Sie jetzt Ihr eigenes Passwort.');
	await expect(password.getByLabel('Altes Passwort')).toHaveCount(0);
	await password.getByLabel('Neues Passwort').fill('Clara mag Kirschen im Sommer');
	await password.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(password.getByRole('status')).toContainText('Ihr neues Passwort ist gespeichert.');
	await clara.getByRole('button', { name: 'Abmelden', exact: true }).click();
	await expect(clara).toHaveURL('/login?signedOut=1');
	await clara.getByLabel('Benutzer·name').fill(claraUsername);
	await clara.getByLabel('Passwort', { exact: true }).fill('Clara mag Kirschen im Sommer');
	await clara.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await expect(clara).toHaveURL('/start');

	// Then a passkey: Chromium's virtual authenticator stands in for her phone's fingerprint.
	await addVirtualAuthenticator(clara);
	await clara.goto('/settings/security');
	const passkeys = clara.locator('section#passkeys');
	await passkeys.getByLabel('Name für den Passkey').fill('Claras Handy');
	await passkeys.getByRole('button', { name: 'Passkey machen' }).click();
	await expect(clara).toHaveURL('/settings/security?passkeyAdded=1#passkeys');
	// Signed out, the login page offers the passkey at once and the authenticator answers.
	await clara.getByRole('button', { name: 'Abmelden', exact: true }).click();
	await expect(clara).toHaveURL('/start');
	await expect(clara.getByText(`Angemeldet als ${claraName}`)).toBeVisible();
	await clara.goto('/settings/security');
	await expect(passkeys.locator('ul.passkeys > li')).toContainText(
		/Zuletzt benutzt: \d{1,2}\. [A-Za-zä]+ \d{4}/
	);

	// The same letter a second time, in another browser: nothing.
	const stranger = await freshPage(browser);
	await stranger.goto(letter.link);
	await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(brokenTitle);
	await stranger.goto('/start');
	await expect(stranger).toHaveURL(/\/login/);
	await lead.reload();
	await expect(lead.getByText(/Der letzte Brief vom .* ist schon benutzt/)).toBeVisible();
});

test('a new letter ends the old letter and the old sessions; Clara’s access log shows it', async ({
	browser,
	page
}) => {
	await signIn(page, 'lea');
	const name = `Greta ${unique('Test')}`;
	await createParticipant(page, name, unique('greta'));
	const first = await makeLetter(page);
	const greta = await freshPage(browser);
	expect(await useLetter(greta, first.link)).toBe('/settings/security#password');
	const unused = await makeLetter(page);

	// Greta lost her letter: the lead makes another one.
	const second = await makeLetter(page);
	await greta.goto('/start');
	await expect(greta, 'the old session has ended').toHaveURL(/\/login/);
	for (const old of [first.link, unused.link]) {
		await greta.goto(old);
		await expect(greta.getByRole('heading', { level: 1 })).toHaveText(brokenTitle);
	}
	expect(await useLetter(greta, second.link)).toBe('/settings/security#password');

	await greta.goto('/documents/access-log');
	const rows = greta.getByRole('row').filter({
		hasText: 'Lea Hoffmann (Leitung)hat einen neuen Brief zum Anmelden für Sie gemacht'
	});
	await expect(rows).toHaveCount(3);
	await expectNoAxeViolations(greta);
});

test('unknown, used, tampered and malformed letter links all show the same page and sign nobody in', async ({
	browser,
	page
}) => {
	await signIn(page, 'lea');
	await createParticipant(page, `Hanna ${unique('Test')}`, unique('hanna'));
	const used = await makeLetter(page);
	const hanna = await freshPage(browser);
	await useLetter(hanna, used.link);
	const valid = await makeLetter(page);
	const code = valid.link.split('/').at(-1)!;
	const tampered = valid.link.replace(/.$/, code.endsWith('A') ? 'B' : 'A');

	const visitor = await freshPage(browser);
	const texts = new Set<string>();
	for (const link of [
		used.link,
		tampered,
		'/login/letter/ABCD-EFGH-JKMN-PQ',
		'/login/letter/not-a-letter',
		`/login/letter/${'A'.repeat(300)}`
	]) {
		const response = await visitor.goto(link);
		expect(response?.status(), link).toBe(200);
		texts.add(await visitor.locator('main').innerText());
		// Sending the form anyway (as a script could) signs nobody in either.
		const post = await visitor.request.post(link, {
			form: {},
			headers: { origin: new URL(visitor.url()).origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(post.status(), link).toBe(400);
	}
	expect(texts.size, 'one and the same page for every unusable link').toBe(1);
	expect([...texts][0]).toContain(brokenTitle);
	await visitor.goto('/start');
	await expect(visitor).toHaveURL(/\/login/);
	// The valid one was not used up by any of this.
	expect(await useLetter(visitor, valid.link)).toBe('/settings/security#password');
});

test('leads make participant accounts only for their own provider; trainers none; nobody but the administration makes staff', async ({
	browser,
	page
}) => {
	await signIn(page, 'lea');
	const origin = new URL(page.url()).origin;
	const headers = { origin, accept: 'text/html' };
	// A lead cannot make staff accounts or providers.
	for (const path of ['/admin/accounts/new', '/admin/providers/new']) {
		expect((await page.goto(path))?.status()).toBe(403);
		const post = await page.request.post(path, {
			form: { displayName: 'X', username: unique('x'), role: 'lead', providerId: 'lebenshilfe' },
			headers,
			maxRedirects: 0
		});
		expect(post.status(), path).toBe(403);
	}
	// A provider in the form is ignored: the account belongs to the lead's own provider.
	const username = unique('ida');
	const made = await page.request.post('/provider/participants/new?/create', {
		form: { displayName: `Ida ${username}`, username, locale: 'de', providerId: 'josefshaus' },
		headers,
		maxRedirects: 0
	});
	expect(made.status()).toBe(303);
	const detail = made.headers()['location']!.split('?')[0]!;
	expect((await page.goto(detail))?.status()).toBe(200);
	const jo = await freshPage(browser);
	await signIn(jo, 'jo');
	expect((await jo.goto(detail))?.status()).toBe(404);
	const joLetter = await jo.request.post(`${detail}/letter.pdf`, { headers, maxRedirects: 0 });
	expect(joLetter.status()).toBe(404);
	await jo.goto('/provider/participants');
	await expect(jo.locator('main')).not.toContainText(username);

	// A trainer can do none of it.
	const tom = await freshPage(browser);
	await signIn(tom, 'tom');
	expect((await tom.goto('/provider/participants/new'))?.status()).toBe(403);
	const refused = await tom.request.post('/provider/participants/new?/create', {
		form: { displayName: 'Tom macht', username: unique('tomx'), locale: 'de' },
		headers,
		maxRedirects: 0
	});
	expect(refused.status()).toBe(403);
	await expect(tom.getByRole('link', { name: 'Teilnehmende' })).toHaveCount(0);
});

test('a taken or unknown user name is said plainly, and nothing typed is lost', async ({
	browser,
	page
}) => {
	await signIn(page, 'lea');
	await page.goto('/provider/participants/new');
	await page.getByLabel('Vorname und Nachname').fill('Anna Zweite');
	await page.getByLabel('Benutzer·name', { exact: true }).fill('anna');
	await page.getByLabel('E-Mail-Adresse (wenn es eine gibt)').fill('anna2@example.org');
	await page.getByLabel('Vorlesen').check();
	await page.getByRole('button', { name: 'Konto machen' }).click();
	await expect(page.getByRole('alert')).toContainText('Diesen Benutzer·namen gibt es schon.');
	await expect(page.getByRole('alert')).toContainText('Dieser Name ist noch frei: anna2');
	await expect(page.getByLabel('Vorname und Nachname')).toHaveValue('Anna Zweite');
	await expect(page.getByLabel('E-Mail-Adresse (wenn es eine gibt)')).toHaveValue(
		'anna2@example.org'
	);
	await expect(page.getByLabel('Vorlesen')).toBeChecked();
	await expectNoAxeViolations(page);

	const admin = await freshPage(browser);
	await signIn(admin, 'admin');
	await admin.getByLabel('Benutzer·name', { exact: true }).fill('niemand-hier');
	await admin.getByRole('button', { name: 'Konto öffnen' }).click();
	await expect(admin.getByRole('alert')).toContainText(
		'Den Benutzer·namen „niemand-hier“ gibt es nicht.'
	);
	await expect(admin.getByLabel('Benutzer·name', { exact: true })).toHaveValue('niemand-hier');
	await admin.getByLabel('Benutzer·name', { exact: true }).fill('tom');
	await admin.getByRole('button', { name: 'Konto öffnen' }).click();
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Tom Keller');
});

test('a closed account cannot sign in, its letter ends, and the lead opens it again', async ({
	browser,
	page
}) => {
	await signIn(page, 'lea');
	const name = `Jana ${unique('Test')}`;
	await createParticipant(page, name, unique('jana'));
	const letter = await makeLetter(page);
	const jana = await freshPage(browser);
	expect(await useLetter(jana, letter.link)).toBe('/settings/security#password');
	const spare = await makeLetter(page);
	await jana.goto('/start');
	await expect(jana).toHaveURL(/\/login/);

	await page.getByLabel(`Ja, ich will das Konto von ${name} schließen.`).check();
	await page.getByRole('button', { name: 'Konto schließen' }).click();
	await expect(page.getByRole('status')).toContainText('Das Konto ist jetzt geschlossen.');
	await jana.goto(spare.link);
	await expect(jana.getByRole('heading', { level: 1 })).toHaveText(brokenTitle);
	await expect(page.getByRole('button', { name: /Brief/ })).toHaveCount(0);

	await page.getByRole('button', { name: 'Konto wieder öffnen' }).click();
	await expect(page.getByRole('status')).toContainText('Das Konto ist wieder offen.');
	const again = await makeLetter(page);
	expect(await useLetter(jana, again.link)).toBe('/settings/security#password');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a lead makes an account and its letter, and the letter signs in', async ({
		browser,
		page
	}) => {
		await signIn(page, 'jo');
		const username = unique('kai');
		await createParticipant(page, `Kai ${unique('Test')}`, username);
		const letter = await makeLetter(page);
		const kai = await freshPage(browser, false);
		expect(await useLetter(kai, letter.link)).toBe('/settings/security#password');
		// The password form is a plain form: it works without JavaScript too.
		const password = kai.locator('section#password');
		await password.getByLabel('Neues Passwort').fill('Kai fährt gern mit dem Rad');
		await password.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect(password.getByRole('status')).toContainText('Ihr neues Passwort ist gespeichert.');
		await kai.getByRole('button', { name: 'Abmelden', exact: true }).click();
		await kai.getByLabel('Benutzer·name').fill(username);
		await kai.getByLabel('Passwort', { exact: true }).fill('Kai fährt gern mit dem Rad');
		await kai.getByRole('button', { name: 'Anmelden', exact: true }).click();
		await expect(kai).toHaveURL('/start');
	});
});
