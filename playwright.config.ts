import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;
/**
 * A second server on the same database whose clock runs this many days ahead, so tests see
 * share links expire without waiting (tests/documents.spec.ts). Only signed-out visits go there.
 */
export const futureDays = 8;
const futurePort = port + 1;
process.env.E2E_FUTURE_URL ??= `http://localhost:${futurePort}`;
/**
 * A twin of the first server on the same database and clock: tests/instances.spec.ts runs a
 * journey across both, as two app processes of one operator would serve it.
 */
const twinPort = port + 2;
process.env.E2E_TWIN_URL ??= `http://localhost:${twinPort}`;

/** Participant accounts with nothing booked, password "<name>-test" (see seedTestParticipants). */
export const testParticipants = ['kira', 'lou', 'mia', 'nele', 'olga'];
/**
 * Accounts of their own for tests that end sessions or make an account wait
 * (tests/sessions.spec.ts), so no other test loses its session or has to wait.
 */
export const sessionTestParticipants = {
	rotation: 'nina',
	devices: 'olaf',
	axe: 'sven',
	admin: 'pia',
	deviceCookie: 'rita'
} as const;
/**
 * Accounts of their own for the password and passkey journeys (tests/credentials.spec.ts):
 * they change their password or sign in with a passkey, which no other test expects.
 */
export const credentialTestParticipants = {
	freshPassword: 'wanda',
	oldPassword: 'xaver',
	passkey: 'yara',
	states: 'zora'
} as const;

/** Accounts of their own for the journey across two servers (tests/instances.spec.ts). */
export const instanceTestParticipants = { journey: 'ida', limit: 'ute' } as const;
/** An account of its own that writes a goal before the page has loaded (tests/slow-load.spec.ts). */
export const slowLoadTestParticipants = { goals: 'lina' } as const;
/** An account of its own that asks for every module (tests/start-next-steps.spec.ts). */
export const startTestParticipants = { nextSteps: 'hanna' } as const;
/** Accounts of their own for writing several own goals (tests/corrections.spec.ts). */
export const goalTestParticipants = { javaScript: 'gina', noJavaScript: 'gero' } as const;
/**
 * Accounts of their own for tests that switch the language while signed in: the switch saves
 * the language with the account, and signing in applies it (tests/language.spec.ts,
 * tests/no-javascript.spec.ts), so a demo account in English would surprise other tests.
 */
export const languageTestParticipants = {
	switch: 'ines',
	noJavaScript: 'udo',
	savedEnglish: 'vera',
	/** Writes feedback on the English page (tests/written-language.spec.ts). */
	writesEnglish: 'tara',
	/** Writes and changes an own goal in German, then reads its history in English (same file). */
	goalHistory: 'tilo'
} as const;

// One fresh database and security log per run. Set once here in the main process; workers inherit them.
const runDir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
process.env.E2E_DATABASE_URL ??= `file:${join(runDir, 'portal.db')}`;
/** The servers' security log, which tests/security.spec.ts reads. */
process.env.E2E_SECURITY_LOG ??= join(runDir, 'security.log');

// Playwright cannot download its own browser here, so Debian's Chromium is used where it exists.
const debianChromium = '/usr/bin/chromium';
const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
	testDir: 'tests',
	outputDir: 'test-results/playwright-artifacts',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	workers: 2,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: existsSync(debianChromium) ? debianChromium : undefined,
					args: [
						...(runningAsRoot ? ['--no-sandbox'] : []),
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--disable-quic',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: [
		{
			command: 'node build',
			url: `${baseURL}/healthz`,
			reuseExistingServer: false,
			timeout: 60_000,
			env: {
				PORT: String(port),
				ORIGIN: baseURL,
				DATABASE_URL: process.env.E2E_DATABASE_URL,
				DEMO_DATA: '1',
				SECURITY_LOG: process.env.E2E_SECURITY_LOG,
				// Empty accounts for journeys that start from nothing (keyboard.spec.ts, settings.spec.ts, sessions.spec.ts, credentials.spec.ts, corrections.spec.ts).
				TEST_PARTICIPANTS: [
					...testParticipants,
					...Object.values(sessionTestParticipants),
					...Object.values(credentialTestParticipants),
					...Object.values(instanceTestParticipants),
					...Object.values(goalTestParticipants),
					...Object.values(startTestParticipants),
					...Object.values(slowLoadTestParticipants),
					...Object.values(languageTestParticipants)
				].join(',')
			}
		},
		{
			// Started after the first, which has migrated and seeded the database by then.
			command: 'node build',
			url: `${process.env.E2E_FUTURE_URL}/healthz`,
			reuseExistingServer: false,
			timeout: 60_000,
			env: {
				PORT: String(futurePort),
				ORIGIN: process.env.E2E_FUTURE_URL,
				DATABASE_URL: process.env.E2E_DATABASE_URL,
				SECURITY_LOG: process.env.E2E_SECURITY_LOG,
				TEST_CLOCK_OFFSET_DAYS: String(futureDays)
			}
		},
		{
			command: 'node build',
			url: `${process.env.E2E_TWIN_URL}/healthz`,
			reuseExistingServer: false,
			timeout: 60_000,
			env: {
				PORT: String(twinPort),
				ORIGIN: process.env.E2E_TWIN_URL,
				DATABASE_URL: process.env.E2E_DATABASE_URL,
				SECURITY_LOG: process.env.E2E_SECURITY_LOG
			}
		}
	]
});
