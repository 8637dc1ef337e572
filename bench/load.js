// `npm run bench:load [-- <database>]`: how fast the portal is at a region's scale.
//
// Starts, one after another on this machine: a bare node:http server (the machine's floor), a
// minimal SvelteKit app of the same versions (the framework's floor, built here from
// bench/minimal-app), and the built portal on the scale data set (`npm run seed:scale`; made
// in a temporary folder when no database is named). Each page is loaded by autocannon with 50
// connections, after 2 unmeasured seconds of the same load; signed-in pages rotate over 20
// participants or the leads of both providers.
// Then single requests time the PDF, the JSON export and the billing CSV, and the portal tells
// its largest event-loop delay and its memory (bench/loop-monitor.js).
//
// Prints a table (requests/s, p50, p99, errors, share of the minimal page) and the targets of
// issue 16. Not part of `npm test`: numbers depend on the machine and on what else runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-load-'));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
const password = 'scale-test';
const ports = { bare: 4801, minimal: 4802, portal: 4803 };
/** The V8 flag of the README's production command, given to both SvelteKit servers alike. */
const serverFlags = ['--max-semi-space-size=32'];

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Servers still running: stopped at the end even when a step fails. */
const running = new Set();

async function startServer(name, args, env, port) {
	const child = spawn(process.execPath, args, {
		cwd: root,
		env: { ...process.env, ...env, PORT: String(port) },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	running.add(child);
	child.once('exit', () => running.delete(child));
	for (let tries = 0; tries < 200; tries++) {
		try {
			const response = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
			await response.arrayBuffer();
			return child;
		} catch {
			await wait(100);
		}
	}
	child.kill();
	throw new Error(`${name} did not start on port ${port}`);
}

function stop(child) {
	return new Promise((done) => {
		child.once('exit', done);
		child.kill('SIGTERM');
	});
}

/** Seconds of load before each measured run, not counted. */
const warmUpSeconds = 2;

/**
 * One autocannon run; `cookies` rotate over the connections' requests. `warmUp` runs the same
 * load unmeasured first and may then reset the server's loop record: every server is measured
 * once its code is compiled, not while the JIT still learns it (that cost the portal's first
 * page about a third of its requests, and the minimal page less).
 */
async function load(url, cookies = [], warmUp = async () => {}) {
	await cannon(url, cookies, warmUpSeconds);
	await warmUp();
	return cannon(url, cookies, seconds);
}

async function cannon(url, cookies, duration) {
	let next = 0;
	const result = await autocannon({
		url,
		connections,
		duration,
		requests: [
			{
				setupRequest: (request) =>
					cookies.length === 0
						? request
						: {
								...request,
								headers: { ...request.headers, cookie: cookies[next++ % cookies.length] }
							}
			}
		]
	});
	return {
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		// autocannon counts a timeout among its errors too: once is enough.
		errors: result.errors + result.non2xx,
		// What kind: a timeout is autocannon giving up after 10 s, not a failing server.
		errorKinds: [
			result.timeouts && `${result.timeouts} timeouts`,
			result.non2xx && `${result.non2xx} non-2xx`,
			result.errors - result.timeouts > 0 && `${result.errors - result.timeouts} other`
		]
			.filter(Boolean)
			.join(', ')
	};
}

async function signIn(base, username) {
	const response = await fetch(`${base}/login`, {
		method: 'POST',
		signal: AbortSignal.timeout(60_000),
		redirect: 'manual',
		// As a browser without JavaScript posts the form: otherwise SvelteKit answers JSON.
		headers: {
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			origin: base
		},
		body: new URLSearchParams({ username, password })
	});
	// Every cookie the answer sets (the session and the language), sent back as a browser does.
	const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]);
	if (response.status !== 303 || !cookies.some((pair) => pair.startsWith('session=')))
		throw new Error(`signing in as ${username} failed (${response.status})`);
	return cookies.join('; ');
}

/**
 * The median of five requests one after another, in ms, and the size of the answer. A request
 * that fails or takes over a minute ends the row as failed, so one slow page cannot stop the run.
 */
async function single(url, cookie) {
	const times = [];
	let bytes = 0;
	for (let k = 0; k < 5; k++) {
		const started = performance.now();
		try {
			const response = await fetch(url, {
				headers: { cookie },
				signal: AbortSignal.timeout(60_000)
			});
			const body = await response.arrayBuffer();
			if (response.status !== 200) return { ms: NaN, bytes: 0, failed: `${response.status}` };
			bytes = body.byteLength;
		} catch (error) {
			return {
				ms: NaN,
				bytes: 0,
				failed: error.name === 'TimeoutError' ? 'over 60 s' : error.message
			};
		}
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return { ms: times[2], bytes };
}

const format = (value, digits = 0) => value.toFixed(digits);

async function main() {
	let database = process.argv[2];
	if (!database) {
		database = `file:${join(work, 'scale.db')}`;
		run(process.execPath, ['scripts/seed-scale.js', database]);
	}
	if (!existsSync(join(root, 'build', 'index.js'))) run('npx', ['vite', 'build']);
	run('npx', ['vite', 'build'], { cwd: join(root, 'bench', 'minimal-app') });

	const rows = [];
	const bare = await startServer('node:http', ['bench/bare-server.js'], {}, ports.bare);
	rows.push({ page: 'bare node:http', ...(await load(`http://127.0.0.1:${ports.bare}/`)) });
	await stop(bare);

	// The minimal app's loop delay under the same load, for comparison with the portal's.
	const minimalReport = join(work, 'minimal-report.json');
	const minimal = await startServer(
		'minimal SvelteKit',
		[...serverFlags, '--import', './bench/loop-monitor.js', 'bench/minimal-app/build/index.js'],
		{ ORIGIN: `http://127.0.0.1:${ports.minimal}`, BENCH_REPORT: minimalReport },
		ports.minimal
	);
	const floor = await load(`http://127.0.0.1:${ports.minimal}/`, [], async () => {
		minimal.kill('SIGUSR1');
	});
	minimal.kill('SIGUSR2');
	await wait(500);
	const floorLoopMs = JSON.parse(readFileSync(minimalReport, 'utf8')).maxEventLoopDelayMs;
	rows.push({ page: 'minimal SvelteKit page', ...floor, loopMs: floorLoopMs });
	await stop(minimal);

	const base = `http://127.0.0.1:${ports.portal}`;
	const reportFile = join(work, 'portal-report.json');
	const portal = await startServer(
		'portal',
		[...serverFlags, '--import', './bench/loop-monitor.js', 'build/index.js'],
		{
			DATABASE_URL: database,
			ORIGIN: base,
			BENCH_REPORT: reportFile,
			SECURITY_LOG: join(work, 'security.log')
		},
		ports.portal
	);
	const participants = [];
	for (let n = 1; n <= 20; n++) {
		participants.push(
			await signIn(base, `p-${n % 2 ? 'lh' : 'jh'}-${String(n * 37).padStart(4, '0')}`)
		);
	}
	const leads = [await signIn(base, 'lead-lh'), await signIn(base, 'lead-jh')];

	/** The server's largest event-loop delay and memory since the last reset (loop-monitor.js). */
	const serverReport = async () => {
		portal.kill('SIGUSR2');
		await wait(500);
		return JSON.parse(readFileSync(reportFile, 'utf8'));
	};
	/** One page under load, with the largest loop delay it caused after its warm-up. */
	const loadRow = async (row, url, cookies) => {
		const result = await load(url, cookies, async () => {
			portal.kill('SIGUSR1');
		});
		return { ...row, ...result, loopMs: (await serverReport()).maxEventLoopDelayMs };
	};

	const firstPortalRow = rows.length;
	rows.push(await loadRow({ page: 'portal /login (signed out)' }, `${base}/login`));
	for (const path of ['/start', '/hours', '/goals', '/feedback', '/documents']) {
		rows.push(
			await loadRow({ page: `participant ${path}`, kind: 'participant' }, base + path, participants)
		);
	}
	for (const path of [
		'/provider',
		'/provider/requests',
		'/provider/bookings',
		'/provider/feedback',
		'/provider/reports',
		'/provider/billing'
	]) {
		rows.push(await loadRow({ page: `lead ${path}`, kind: 'staff' }, base + path, leads));
	}
	const loopUnderLoad = Math.max(...rows.slice(firstPortalRow).map((row) => row.loopMs));
	// The single requests' own delay, apart from the load before them.
	portal.kill('SIGUSR1');

	// The last whole month in Berlin, as the portal bills: a provider bills a month after it
	// ends, and early in a month the current one has almost no hours yet (on the 2nd, the CSV
	// was empty).
	const [year, monthNumber] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' })
		.format(new Date())
		.split('-')
		.map(Number);
	const month =
		monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
	const singles = [
		{
			what: 'documentation PDF',
			target: 300,
			...(await single(`${base}/documents/documentation.pdf`, participants[0]))
		},
		{
			what: 'JSON export',
			target: null,
			...(await single(`${base}/documents/export.json`, participants[0]))
		},
		{
			what: `billing CSV ${month}`,
			target: 200,
			...(await single(`${base}/provider/billing/export.csv?month=${month}`, leads[0]))
		}
	];
	for (const path of [
		'/provider',
		'/provider/requests',
		'/provider/bookings',
		'/provider/feedback',
		'/provider/reports',
		'/provider/billing'
	]) {
		singles.push({ what: `lead ${path}`, target: 50, ...(await single(base + path, leads[0])) });
	}

	const afterSingles = await serverReport();
	await stop(portal);

	console.log(
		`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${format(totalmem() / 2 ** 30)} GB, Node ${process.version}; ${connections} connections, ${seconds} s per page after ${warmUpSeconds} s of warm-up.\n`
	);
	console.log(
		'| page | requests/s | p50 ms | p99 ms | errors | of minimal page | target | loop delay ms |'
	);
	console.log('|---|---|---|---|---|---|---|---|');
	for (const row of rows) {
		const share = row.rps / floor.rps;
		const target = row.page.startsWith('portal /login')
			? share >= 0.6
			: row.kind === 'participant'
				? share >= 0.3 && row.p99 < 100
				: row.kind === 'staff'
					? share >= 0.15 && row.p99 < 200
					: null;
		console.log(
			`| ${row.page} | ${format(row.rps)} | ${row.p50} | ${row.p99} | ${row.errors}${row.errorKinds ? ` (${row.errorKinds})` : ''} | ${format(share * 100)} % | ${target === null ? '' : target ? 'met' : 'not met'} | ${row.loopMs === undefined ? '' : format(row.loopMs)} |`
		);
	}
	console.log('\n| single request | ms | size | target |');
	console.log('|---|---|---|---|');
	for (const row of singles) {
		const verdict = row.failed
			? `failed: ${row.failed}`
			: row.target === null
				? ''
				: `${row.ms < row.target ? 'met' : 'not met'} (< ${row.target} ms)`;
		console.log(
			`| ${row.what} | ${row.failed ? '–' : format(row.ms)} | ${format(row.bytes / 1024)} KB | ${verdict} |`
		);
	}
	console.log(
		`\nLargest event-loop delay under load: ${format(loopUnderLoad)} ms (target < 100 ms); during the single requests: ${format(afterSingles.maxEventLoopDelayMs)} ms. Server memory after the run: ${format(afterSingles.rssMb)} MB (target < 400 MB).`
	);
}

try {
	await main();
} finally {
	for (const child of running) child.kill('SIGTERM');
	rmSync(work, { recursive: true, force: true });
}
