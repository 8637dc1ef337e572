// Adds up the JSON reports of Vitest and Playwright into one closing line for CI.
// Exits non-zero when a report is missing, so a runner that never ran cannot pass quietly.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
let missing = 0;

const vitest = read('test-results/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
} else {
	missing += 1;
	console.log('No Vitest report: the unit tests did not run.');
}

const playwright = read('test-results/playwright.json');
if (playwright) {
	passed += playwright.stats.expected + playwright.stats.flaky;
	failed += playwright.stats.unexpected;
} else {
	missing += 1;
	console.log('No Playwright report: the end-to-end tests did not run.');
}

console.log(`${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing > 0 ? 1 : 0);
