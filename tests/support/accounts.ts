import type { BrowserContext, Page } from '@playwright/test';

/** The demo accounts of DESIGN.md and where each lands after signing in. */
export const accounts = {
	anna: { password: 'anna-demo', role: 'participant', home: '/start', name: 'Anna Berger' },
	ben: { password: 'ben-demo', role: 'participant', home: '/start', name: 'Ben Schäfer' },
	tom: { password: 'tom-demo', role: 'trainer', home: '/provider', name: 'Tom Keller' },
	sara: { password: 'sara-demo', role: 'trainer', home: '/provider', name: 'Sara Yılmaz' },
	lea: { password: 'lea-demo', role: 'lead', home: '/provider', name: 'Lea Hoffmann' },
	jo: { password: 'jo-demo', role: 'lead', home: '/provider', name: 'Jo Brandt' },
	tim: { password: 'tim-demo', role: 'trainer', home: '/provider', name: 'Tim Wagner' },
	admin: { password: 'admin-demo', role: 'admin', home: '/admin', name: 'Administration' }
} as const;

export type Username = keyof typeof accounts;

export const usernames = Object.keys(accounts) as Username[];

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, username: Username): Promise<void> {
	await signInWith(page, username, accounts[username].password, accounts[username].home);
}

/** The test-only participants of playwright.config.ts (password "<name>-test"). */
export async function signInAsTestParticipant(page: Page, username: string): Promise<void> {
	await signInWith(page, username, `${username}-test`, '/start');
}

export async function signInWith(
	page: Page,
	username: string,
	password: string,
	home: string
): Promise<void> {
	await page.goto('/login');
	await page.getByLabel(/Benutzer·name|User name/).fill(username);
	await page.getByLabel(/^(Passwort|Password)$/).fill(password);
	await page.getByRole('button', { name: /^(Anmelden|Sign in)$/ }).click();
	await page.waitForURL((url) => url.pathname === home);
}

/** Session cookies per account, kept for the life of one test worker. */
const sessions = new Map<Username, Awaited<ReturnType<BrowserContext['cookies']>>>();

/**
 * Signs in once per worker and reuses that session afterwards: the page checks open hundreds
 * of pages as the same few people, and a real sign-in each time (Argon2 on purpose slow) would
 * be most of their time. Tests of signing in itself, or that sign out, use signIn.
 */
export async function useSession(page: Page, username: Username): Promise<void> {
	const cookies = sessions.get(username);
	if (cookies) {
		await page.context().addCookies(cookies.filter((cookie) => cookie.name === 'session'));
		await page.goto(accounts[username].home);
		if (new URL(page.url()).pathname === accounts[username].home) return;
	}
	await signIn(page, username);
	sessions.set(username, await page.context().cookies());
}

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Sets the remembered language, as the language switch does, before pages are opened. */
export async function useLanguage(context: BrowserContext, locale: Locale): Promise<void> {
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: locale, url: testBaseUrl() }]);
}

/** Sets the display settings cookies, as the settings page does; values are sent as given. */
export async function useDisplaySettings(
	context: BrowserContext,
	settings: { textSize?: string; contrast?: string }
): Promise<void> {
	const cookies = [
		...(settings.textSize === undefined ? [] : [{ name: 'text_size', value: settings.textSize }]),
		...(settings.contrast === undefined ? [] : [{ name: 'contrast', value: settings.contrast }])
	];
	await context.addCookies(cookies.map((cookie) => ({ ...cookie, url: testBaseUrl() })));
}

/** The same address as `baseURL` in playwright.config.ts. */
export function testBaseUrl(): string {
	return `http://localhost:${process.env.E2E_PORT ?? 4173}`;
}
