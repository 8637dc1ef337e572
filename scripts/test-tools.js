// Makes sure the programs the tests call are on this machine, and installs what is missing:
// a Chromium for Playwright, poppler-utils (pdfinfo, pdftotext, pdffonts) for the PDF checks and
// a Java runtime (17 or later) for the Nu Html Checker. `npm test` and `.ci/run` both start here.
//
// Debian's packages are used when apt-get can run (as root, or with sudo that needs no password);
// otherwise the browser comes from `npx playwright install chromium` where that can download.
// When something cannot be installed, the script names the command to run and exits with 1.
// It needs nothing from node_modules until it has to look for Playwright's own browser, so CI can
// run it before `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const debianChromium = '/usr/bin/chromium';
const minimumJava = 17;

function succeeds(command, args) {
	const result = spawnSync(command, args, { stdio: 'ignore' });
	return result.status === 0;
}

function onPath(program) {
	return succeeds('sh', ['-c', `command -v ${program}`]);
}

function javaVersion() {
	const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
	if (result.status !== 0) return null;
	const match = `${result.stderr}${result.stdout}`.match(/version "(\d+)/);
	return match ? Number(match[1]) : null;
}

/** Playwright's own Chromium, if it was downloaded before (needs node_modules). */
function playwrightChromium() {
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('playwright-core');
		const path = chromium.executablePath();
		return existsSync(path) ? path : null;
	} catch {
		return null;
	}
}

const hasBrowser = () => existsSync(debianChromium) || playwrightChromium() !== null;
const hasPoppler = () => ['pdfinfo', 'pdftotext', 'pdffonts'].every(onPath);
const hasJava = () => (javaVersion() ?? 0) >= minimumJava;

/** What the tests need, each with its Debian package and the sentence for a person. */
const tools = [
	{ name: 'Chromium', package: 'chromium', present: hasBrowser },
	{
		name: 'poppler-utils (pdfinfo, pdftotext, pdffonts)',
		package: 'poppler-utils',
		present: hasPoppler
	},
	{ name: `Java ${minimumJava} or later`, package: 'default-jre-headless', present: hasJava }
];

/** `[]` as root, `['sudo', '-n']` with password-less sudo, `null` when apt-get cannot run. */
function aptPrefix() {
	if (!onPath('apt-get')) return null;
	if (process.getuid?.() === 0) return [];
	if (onPath('sudo') && succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
	return null;
}

function aptInstall(prefix, packages) {
	const run = (args) => {
		const [command, ...rest] = [...prefix, ...args];
		execFileSync(command, rest, {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	};
	try {
		run(['apt-get', 'update', '-qq']);
		run(['apt-get', 'install', '-y', '-qq', ...packages]);
		return true;
	} catch {
		return false;
	}
}

function playwrightInstall() {
	const result = spawnSync('npx', ['--no-install', 'playwright', 'install', 'chromium'], {
		stdio: 'inherit'
	});
	return result.status === 0;
}

const missing = tools.filter((tool) => !tool.present());
if (missing.length === 0) process.exit(0);

console.log(`The tests need ${missing.map((tool) => tool.name).join(', ')}: installing.`);
const apt = aptPrefix();
if (apt) {
	aptInstall(
		apt,
		missing.map((tool) => tool.package)
	);
} else if (missing.some((tool) => tool.package === 'chromium')) {
	playwrightInstall();
}

const stillMissing = missing.filter((tool) => !tool.present());
if (stillMissing.length > 0) {
	const packages = stillMissing.map((tool) => tool.package).join(' ');
	const browserHint = stillMissing.some((tool) => tool.package === 'chromium')
		? ' (for the browser alone, `npx playwright install chromium` works too where it can download)'
		: '';
	console.error(
		`The tests cannot run without ${stillMissing.map((tool) => tool.name).join(', ')}. ` +
			`Install ${stillMissing.length > 1 ? 'them' : 'it'} with \`sudo apt-get install ${packages}\`${browserHint}, then run \`npm test\` again.`
	);
	process.exit(1);
}
console.log('Installed what the tests need.');
