import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn, signInAsTestParticipant, testBaseUrl, useSession } from './support/accounts';

const origin = testBaseUrl();
/** SvelteKit refuses form posts without a same-site Origin, as a browser sends it. */
const formHeaders = { origin, accept: 'text/html' };

/** Signs a fresh request context in as a test participant (password "<name>-test"). */
async function signedInRequest(request: APIRequestContext, username: string): Promise<void> {
	const response = await request.post('/login', {
		form: { username, password: `${username}-test` },
		headers: formHeaders,
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
}

test.describe('redirects after sign-in and language change', () => {
	// Each resolves to the path "//evil.example", which a browser reads as another host.
	const sneaky = [
		'/.//evil.example',
		'/%2e//evil.example',
		'/x/..//evil.example',
		'//evil.example',
		'/\\evil.example',
		'https://evil.example/'
	];

	test('never lead off the site, whatever redirectTo holds', async ({ request }) => {
		for (const target of sneaky) {
			const query = `redirectTo=${encodeURIComponent(target)}`;
			const signInAnswer = await request.post(`/login?${query}`, {
				form: { username: 'kira', password: 'kira-test' },
				headers: formHeaders,
				maxRedirects: 0
			});
			expect(signInAnswer.headers()['location'], `POST /login?${query}`).toBe('/start');

			const signedInAnswer = await request.get(`/login?${query}`, { maxRedirects: 0 });
			expect(signedInAnswer.headers()['location'], `GET /login?${query}`).toBe('/start');

			const languageAnswer = await request.post('/language', {
				form: { locale: 'de', redirectTo: target },
				headers: formHeaders,
				maxRedirects: 0
			});
			expect(languageAnswer.headers()['location'], `POST /language with ${target}`).toBe('/');
		}
	});

	test('still follow a path on the site', async ({ request }) => {
		const answer = await request.post(`/login?redirectTo=${encodeURIComponent('/goals')}`, {
			form: { username: 'kira', password: 'kira-test' },
			headers: formHeaders,
			maxRedirects: 0
		});
		expect(answer.headers()['location']).toBe('/goals');
	});
});

test.describe('security headers', () => {
	function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
		expect(headers['cache-control'], what).toBe('private, no-store');
		expect(headers['x-content-type-options'], what).toBe('nosniff');
		expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
		expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
		expect(headers['x-frame-options'], what).toBe('DENY');
	}

	test('are on pages, page data, downloads, redirects and refusals', async ({ page }) => {
		await useSession(page, 'anna');
		const request = page.request;
		const answers = {
			'the start page': await request.get('/start'),
			'its page data': await request.get('/start/__data.json'),
			'the documentation PDF': await request.get('/documents/documentation.pdf'),
			'the data export': await request.get('/documents/export.json'),
			'a refused staff page': await request.get('/provider', { headers: { accept: 'text/html' } }),
			'a refused form post': await request.post('/provider', {
				form: { anything: '1' },
				headers: formHeaders
			}),
			'an unknown booking': await request.get('/my-modules/00000000-0000-0000-0000-000000000000'),
			'the health check': await request.get('/healthz')
		};
		expect(answers['a refused staff page'].status()).toBe(403);
		expect(answers['a refused form post'].status()).toBe(403);
		expect(answers['an unknown booking'].status()).toBe(404);
		for (const [what, answer] of Object.entries(answers))
			expectSecurityHeaders(answer.headers(), what);

		const signedOut = await page.context().browser()!.newContext({ baseURL: origin });
		const redirect = await signedOut.request.get('/documents', { maxRedirects: 0 });
		expect(redirect.status()).toBe(303);
		expectSecurityHeaders(redirect.headers(), 'the redirect to the login');
		await signedOut.close();
	});

	test('the Back button after signing out does not show the previous person’s notes', async ({
		page
	}) => {
		await signIn(page, 'anna');
		await page.goto('/documents/notes');
		const note = (await page.locator('main article, main li').first().innerText()).trim();
		expect(note.length).toBeGreaterThan(0);
		await page.getByRole('button', { name: /^(Abmelden|Sign out)$/ }).click();
		await page.waitForURL(/\/login/);
		await page.goBack();
		await expect(page).toHaveURL(/\/login/);
		await expect(page.locator('main')).not.toContainText(note);
	});
});

test.describe('the write limit', () => {
	test('stops a flood of feedback after 30 in a minute, in easy language, and keeps what was typed', async ({
		request
	}) => {
		await signedInRequest(request, 'nele');
		const feedback = (n: number) => ({
			rating: '4',
			good: `Rückmeldung ${n}`,
			bad: '',
			wish: '',
			bookingId: '',
			talkId: '',
			requestKey: crypto.randomUUID()
		});
		const answers = await Promise.all(
			Array.from({ length: 40 }, (_, n) =>
				request.post('/feedback', { form: feedback(n), headers: formHeaders, maxRedirects: 0 })
			)
		);
		expect(answers.filter((answer) => answer.status() === 303)).toHaveLength(30);
		const refused = answers.filter((answer) => answer.status() === 429);
		expect(refused).toHaveLength(10);
		expect(await refused[0]!.text()).toContain('Bitte warten Sie einen Moment.');

		// The page's script gets the usual form failure, with the words sent back.
		const enhanced = await request.post('/feedback', {
			form: feedback(99),
			headers: { ...formHeaders, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		const result = await enhanced.json();
		expect(result).toMatchObject({ type: 'failure', status: 429 });
		expect(result.data).toContain('Rückmeldung 99');
		expect(result.data).toContain('Bitte warten Sie einen Moment.');

		const exported = await (await request.get('/documents/export.json')).json();
		expect(exported.feedback).toHaveLength(30);
	});
});

test.describe('hidden characters', () => {
	test('a text with NUL, ESC or a right-to-left override is refused with an easy error, and nothing is stored', async ({
		request
	}) => {
		await signedInRequest(request, 'olga');
		for (const good of ['Gut\u0000gemacht', 'Gut \u001b[31m', 'Rechnung\u202Efdp.exe']) {
			const answer = await request.post('/feedback', {
				form: {
					rating: '4',
					good,
					bad: '',
					wish: '',
					bookingId: '',
					talkId: '',
					requestKey: crypto.randomUUID()
				},
				headers: formHeaders,
				maxRedirects: 0
			});
			expect(answer.status()).toBe(400);
			const html = await answer.text();
			expect(html).toContain('In Ihrem Text ist ein verstecktes Zeichen.');
			// What the person wrote is back in the field.
			expect(html).toContain(good.slice(0, 3));
		}
		const exported = await (await request.get('/documents/export.json')).json();
		expect(exported.feedback).toEqual([]);
	});
});

test.describe('the security log', () => {
	test('records sign-ins, failures, refusals and sign-outs with who and where, and none of the words people typed', async ({
		page
	}) => {
		const secret = `Geheim-${crypto.randomUUID()}`;
		await page.goto('/login');
		await page.getByLabel(/Benutzer·name|User name/).fill('mia');
		await page.getByLabel(/^(Passwort|Password)$/).fill(secret);
		await page.getByRole('button', { name: /^(Anmelden|Sign in)$/ }).click();
		await expect(page.getByRole('alert').first()).toBeVisible();
		await signInAsTestParticipant(page, 'mia');
		const token = (await page.context().cookies()).find((cookie) =>
			cookie.name.endsWith('session')
		)!.value;
		expect((await page.goto('/provider'))?.status()).toBe(403);
		await page.goto('/start');
		await page.getByRole('button', { name: /^(Abmelden|Sign out)$/ }).click();
		await page.waitForURL(/\/login/);

		const text = readFileSync(process.env.E2E_SECURITY_LOG!, 'utf8');
		const lines = text
			.split('\n')
			.filter(Boolean)
			.map((line) => JSON.parse(line) as Record<string, unknown>);
		const mia = lines.find((line) => line.event === 'sign-in' && line.username === 'mia');
		expect(mia).toMatchObject({
			log: 'security',
			level: 'info',
			role: 'participant',
			ip: expect.any(String)
		});
		const userId = mia!.userId;
		expect(lines).toContainEqual(
			expect.objectContaining({ event: 'sign-in-failed', username: 'mia', level: 'warn' })
		);
		expect(lines).toContainEqual(
			expect.objectContaining({ event: 'access-refused', userId, route: '/provider', status: 403 })
		);
		expect(lines).toContainEqual(expect.objectContaining({ event: 'sign-out', userId }));
		for (const line of lines) expect(typeof line.time).toBe('string');
		expect(text).not.toContain(secret);
		expect(text).not.toContain('mia-test');
		expect(text).not.toContain(token);
		// Nothing anybody wrote in the demo data: notes, goals, feedback.
		expect(text).not.toContain('Gärtnerei');
	});
});
