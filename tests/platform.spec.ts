import { expect, test } from '@playwright/test';
import { testBaseUrl } from './support/accounts';

test('GET /healthz answers ok when the database answers', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok' });
});

test('very large request bodies are refused', async ({ request }) => {
	const response = await request.post('/login', {
		// Same origin, so SvelteKit's cross-site form check lets the request reach our limit.
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: testBaseUrl() },
		data: 'username=' + 'a'.repeat(200 * 1024) + '&password=x'
	});
	expect(response.status()).toBe(413);
	expect(await response.text()).toContain('Das ist zu viel auf einmal.');
});

test('cross-site form posts are refused', async ({ request }) => {
	const response = await request.post('/login', {
		headers: { origin: 'https://evil.example' },
		form: { username: 'anna', password: 'anna-demo' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
});
