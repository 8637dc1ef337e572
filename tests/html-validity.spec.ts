import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page, type Response } from '@playwright/test';
import { locales, signIn, useLanguage, type Locale, type Username } from './support/accounts';
import { pages, resolvePath, states } from './support/pages';

const run = promisify(execFile);

/** vnu-jar's main module exports the path of vnu.jar (as a String object, hence String()). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

// The server's HTML is the same with or without JavaScript; without it a failed form post
// also comes back as a page from the server instead of as JSON for the enhanced form.
test.use({ javaScriptEnabled: false });

/** One document to check: what the server sent for one page, state or form result. */
interface Visit {
	name: string;
	viewer: Username | null;
	status: number;
	open: (page: Page) => Promise<Response | null>;
}

/** Submits the form whose button matches `submit` and returns the page the server sends back. */
function submitEmpty(path: string, submit: string) {
	return async (page: Page): Promise<Response | null> => {
		await page.goto(path);
		const [response] = await Promise.all([
			page.waitForResponse(
				(response) =>
					response.request().isNavigationRequest() && response.request().method() === 'POST'
			),
			page.locator(submit).click()
		]);
		return response;
	};
}

const visits: Visit[] = [
	// Every page once, seen by its first viewer, as the narrow-screen checks do.
	...pages.flatMap((entry): Visit[] => {
		if (entry.viewers.length === 0) return [];
		const viewer = entry.viewers[0] ?? null;
		return [
			{
				name: entry.route,
				viewer,
				status: 200,
				open: async (page) => page.goto(await resolvePath(entry, page))
			}
		];
	}),
	...states.map((state): Visit => ({
		name: `the ${state.name} page`,
		viewer: state.viewer,
		status: state.status,
		open: (page) => page.goto(state.path)
	})),
	// The funder's page for a link that does not work (unknown, expired or revoked look the same).
	{
		name: 'the share page with an unknown link',
		viewer: null,
		status: 404,
		open: (page) => page.goto('/share/nonsense')
	},
	{
		name: 'the login page with errors',
		viewer: null,
		status: 400,
		open: submitEmpty('/login', 'form.login-form button[type=submit]')
	},
	{
		name: 'the feedback form with errors',
		viewer: 'ben',
		status: 400,
		open: submitEmpty('/feedback', 'main form button[type=submit]')
	}
];

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	message: string;
	extract?: string;
}

/** Fails with a clear message when there is no Java: CI installs it (.ci/run), so never skip. */
async function javaVersion(): Promise<string> {
	try {
		const { stderr } = await run('java', ['-version']);
		return stderr.split('\n')[0] ?? '';
	} catch (error) {
		throw new Error(
			`The HTML check runs the Nu Html Checker (vnu.jar) with Java, and "java -version" failed: ${String(error)}. ` +
				'Install Java 17 or later, e.g. "apt-get install default-jre-headless" (bash .ci/run does this).',
			{ cause: error }
		);
	}
}

/**
 * Runs vnu once over all files: starting Java takes seconds, checking a page takes little.
 * --no-langdetect: vnu guesses a page's language from a random sample of its text, and the
 * English notes page (German notes written by the trainer under English headings) came out
 * "German" in about one run of five. <html lang> is asserted in accessibility.spec.ts instead.
 */
async function checkWithVnu(files: string[]): Promise<VnuMessage[]> {
	const options = ['--format', 'json', '--stdout', '--exit-zero-always', '--no-langdetect'];
	const { stdout } = await run('java', ['-jar', vnuJar, ...options, ...files], {
		maxBuffer: 64 * 1024 * 1024
	});
	return (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
}

test('every page, error page and form with errors is valid HTML as the server sends it, in both languages', async ({
	page,
	context
}) => {
	test.setTimeout(300_000);
	const java = await javaVersion();

	const directory = await mkdtemp(join(tmpdir(), 'portal-html-'));
	const documents = new Map<string, { name: string; locale: Locale; url: string }>();
	try {
		for (const locale of locales) {
			// One sign-in per viewer and language: visits are grouped by who sees them.
			const viewers = [...new Set(visits.map((visit) => visit.viewer))];
			for (const viewer of viewers) {
				await context.clearCookies();
				await useLanguage(context, locale);
				if (viewer) await signIn(page, viewer);
				for (const visit of visits.filter((candidate) => candidate.viewer === viewer)) {
					const response = await visit.open(page);
					if (!response) throw new Error(`No response for ${visit.name} (${locale})`);
					expect(response.status(), `${visit.name} (${locale}) at ${response.url()}`).toBe(
						visit.status
					);
					const file = join(
						directory,
						`${String(documents.size + 1).padStart(3, '0')}-${locale}.html`
					);
					await writeFile(file, await response.text());
					documents.set(basename(file), { name: visit.name, locale, url: response.url() });
				}
			}
		}

		const messages = await checkWithVnu([...documents.keys()].map((file) => join(directory, file)));
		// Errors fail, and so do warnings: they point at markup that is allowed but likely wrong
		// (a redundant role, an obsolete way of doing something); the pages have none. Plain info
		// messages do not: the one vnu gives here is that the trailing slash of <meta … />,
		// <img … /> (app.html, Svelte's output) has no effect, which is harmless with quoted values.
		const problems = messages.filter(
			(message) => message.type !== 'info' || message.subType === 'warning'
		);
		// A message that belongs to no document (vnu could not read a file, …) is a failure too.
		const unplaced = problems.filter(
			(message) => !message.url || !documents.has(basename(new URL(message.url).pathname))
		);
		expect(
			unplaced.map((message) => message.message),
			`vnu (${java}) reported problems outside the pages`
		).toEqual([]);

		for (const [file, document] of documents) {
			const errors = problems
				.filter((message) => message.url && basename(new URL(message.url).pathname) === file)
				.map(
					(message) =>
						`line ${message.lastLine ?? '?'}, column ${message.firstColumn ?? message.lastColumn ?? '?'}: ${message.message}${message.extract ? `\n    ${message.extract.trim()}` : ''}`
				);
			expect
				.soft(errors, `${document.name} (${document.locale}) at ${document.url} is not valid HTML`)
				.toEqual([]);
		}
	} finally {
		await rm(directory, { recursive: true, force: true });
	}
});
