/**
 * Times the reads of a participant's own /feedback and /goals pages on a scale database,
 * straight through the services (no HTTP): `node bench/own-pages-timing.js file:/tmp/x.db
 * [username]`. Prints the median of 50 calls per service. With DUMP=<file> it first writes
 * every participant's results (JSON), to compare two versions of the queries.
 */
import { createServer } from 'vite';

const url = process.argv[2];
const username = process.argv[3] ?? 'p-lh-0037';
if (!url) {
	console.error('Name a scale database: node bench/own-pages-timing.js file:/tmp/x.db');
	process.exit(2);
}
process.env.DATABASE_URL = url;
const vite = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom',
	logLevel: 'warn'
});
try {
	const { getDb } = await vite.ssrLoadModule('/src/lib/server/db/index.ts');
	const feedback = await vite.ssrLoadModule('/src/lib/server/feedback/service.ts');
	const goals = await vite.ssrLoadModule('/src/lib/server/goals/service.ts');
	const db = await getDb();
	const actors = await db.all(
		`select id, username, display_name as displayName, role, provider_id as providerId, locale from user where role = 'participant' order by username`
	);
	const reads = {
		listOwnFeedback: feedback.listOwnFeedback,
		ownTalks: feedback.ownTalks,
		listOwnGoals: goals.listOwnGoals
	};
	if (process.env.DUMP) {
		const all = {};
		for (const actor of actors)
			for (const [name, read] of Object.entries(reads))
				all[`${actor.username} ${name}`] = await read({ ...actor, locale: actor.locale ?? null });
		(await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(all, null, 1));
	}
	const actor = actors.find((row) => row.username === username);
	if (!actor) throw new Error(`No participant ${username} in ${url}`);
	for (const [name, read] of Object.entries(reads)) {
		const run = () => read({ ...actor, locale: actor.locale ?? null });
		for (let i = 0; i < 5; i++) await run();
		const times = [];
		for (let i = 0; i < 50; i++) {
			const start = performance.now();
			await run();
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		console.log(`${name}: ${times[25].toFixed(3)} ms (${(await run()).length} rows)`);
	}
} finally {
	await vite.close();
}
