// Proves that every unit test stands alone: runs each spec file on its own, and each test of
// the server specs (src/lib/server/**, the ones with a database) on its own, two at a time.
// A test that only passes after another one left it data fails here.
//
//   npm run test:alone            every file, and every server test
//   npm run test:alone -- <path>  only the spec files whose path contains <path>

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = process.cwd();
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'unit-tests-alone-'));
const only = process.argv[2] ?? '';
const parallel = 2;
let runs = 0;

/** Runs vitest with these arguments; resolves with its exit code and output. */
function runVitest(args) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [vitest, ...args], {
			cwd: root,
			env: { ...process.env, FORCE_COLOR: '0' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => resolve({ code, output }));
	});
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs one file, or one test of it, and says what went wrong, or null. */
async function runAlone(file, testName) {
	const report = join(tmp, `run-${++runs}.json`);
	const args = ['run', file, '--reporter=json', `--outputFile=${report}`];
	// Vitest matches -t against the names of the describe blocks and the test, joined by spaces.
	if (testName) args.push('-t', `^${escapeRegExp(testName.split(' > ').join(' '))}$`);
	const { code, output } = await runVitest(args);
	const result = readJson(report);
	const tail = output.trim().split('\n').slice(-30).join('\n');
	if (!result) return `no report (exit ${code})\n${tail}`;
	const failures = result.testResults
		.flatMap((file) => [
			...(file.status === 'failed' && file.assertionResults.length === 0 ? [file.message] : []),
			...file.assertionResults
				.filter((test) => test.status === 'failed')
				.map((test) => `${test.fullName}\n${test.failureMessages.join('\n')}`)
		])
		.join('\n\n');
	if (code !== 0 || result.numFailedTests > 0 || !result.success)
		return `exit ${code}, ${result.numFailedTests} failed\n${failures || tail}`;
	if (testName && result.numPassedTests !== 1)
		return `expected exactly one test to run, ${result.numPassedTests} passed`;
	if (!testName && result.numPassedTests === 0) return 'no test passed';
	return null;
}

async function main() {
	const list = join(tmp, 'list.json');
	const listed = await runVitest(['list', `--json=${list}`]);
	const tests = readJson(list);
	if (listed.code !== 0 || !Array.isArray(tests)) {
		console.error(`vitest list failed (exit ${listed.code}):\n${listed.output}`);
		process.exit(1);
	}
	const files = [...new Set(tests.map((test) => relative(root, test.file)))]
		.filter((file) => file.includes(only))
		.sort();
	const serverTests = tests
		.map((test) => ({ file: relative(root, test.file), name: test.name }))
		.filter((test) => test.file.startsWith('src/lib/server/') && test.file.includes(only));
	const jobs = [
		...files.map((file) => ({ file, name: null })),
		...serverTests.map((test) => ({ file: test.file, name: test.name }))
	];
	console.log(`${files.length} spec files and ${serverTests.length} server tests, each alone`);

	const failures = [];
	let done = 0;
	let next = 0;
	async function worker() {
		while (next < jobs.length) {
			const job = jobs[next++];
			const problem = await runAlone(job.file, job.name);
			done++;
			const label = job.name ? `${job.file} › ${job.name}` : job.file;
			console.log(`${problem ? 'FAIL' : 'ok  '} [${done}/${jobs.length}] ${label}`);
			if (problem) failures.push({ label, problem });
		}
	}
	await Promise.all(Array.from({ length: parallel }, worker));

	for (const { label, problem } of failures) console.log(`\n✗ ${label}\n${problem}`);
	const failedFiles = failures.filter((failure) => !failure.label.includes(' › ')).length;
	console.log(
		`\nalone: ${files.length - failedFiles}/${files.length} files passed, ` +
			`${serverTests.length - (failures.length - failedFiles)}/${serverTests.length} server tests passed`
	);
	rmSync(tmp, { recursive: true, force: true });
	process.exit(failures.length ? 1 : 0);
}

await main();
