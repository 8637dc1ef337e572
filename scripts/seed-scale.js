// `npm run seed:scale -- <database>`: fills a new database with a region's worth of data for
// `npm run bench:load` (src/lib/server/db/scale-data.ts says what is in it). It writes only
// into the database named on the command line, never into the portal's own.
//
//   npm run seed:scale -- file:/tmp/portal-scale.db
//
// The TypeScript modules load through Vite, so they resolve $lib as the app does.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const url = process.argv[2];
if (!url || !url.startsWith('file:')) {
	console.error('Name the new database: npm run seed:scale -- file:/tmp/portal-scale.db');
	process.exit(2);
}
const path = resolve(url.slice('file:'.length));
if (path === resolve('data/portal.db')) {
	console.error(
		'That is the portal’s own database. Name a new one, e.g. file:/tmp/portal-scale.db'
	);
	process.exit(2);
}
if (existsSync(path)) {
	console.error(`${path} exists already. The scale data goes only into a new database.`);
	process.exit(2);
}

const vite = await createServer({
	server: { middlewareMode: true, hmr: false, ws: false },
	appType: 'custom',
	logLevel: 'warn'
});
try {
	const { openDatabase } = await vite.ssrLoadModule('/src/lib/server/db/client.ts');
	const { prepareDatabase } = await vite.ssrLoadModule('/src/lib/server/db/prepare.ts');
	const { seedScaleData, scalePassword } = await vite.ssrLoadModule(
		'/src/lib/server/db/scale-data.ts'
	);
	const started = Date.now();
	const { db, client } = await openDatabase(`file:${path}`);
	await prepareDatabase(db);
	const summary = await seedScaleData(db);
	client.close();
	console.log(
		`Made ${path} in ${Math.round((Date.now() - started) / 1000)} s: ` +
			`${summary.participants} participants, ${summary.staff} staff, ` +
			`${summary.hourEntries} hour entries. Every account's password is "${scalePassword}".`
	);
} finally {
	await vite.close();
}
