/**
 * Times the staff lists' reads for one staff member, and the reads of one participant's own
 * feedback and goals pages, on a scale database, straight through the services (no HTTP):
 * `npm run bench:lists -- file:/tmp/x.db [staff username] [participant username]`. Prints the
 * median of 50 reads of page 1 and page 20, and the count, per list (bookings, feedback,
 * reports, and for a lead the billing page of last month and its export), and of each own read.
 * DUMP=<file> writes the staff lists' rows, DUMP_OWN=<file> every participant's own reads, to
 * compare two versions of the queries.
 */
import { createServer } from 'vite';

const url = process.argv[2];
const username = process.argv[3] ?? 'lead-lh';
const participantName = process.argv[4] ?? 'p-lh-0037';
if (!url) {
	console.error('Name a scale database: npm run bench:lists -- file:/tmp/x.db');
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
	const reading = await vite.ssrLoadModule('/src/lib/server/bookings/reading.ts');
	const feedback = await vite.ssrLoadModule('/src/lib/server/feedback/service.ts');
	const reports = await vite.ssrLoadModule('/src/lib/server/documents/reports.ts');
	const hours = await vite.ssrLoadModule('/src/lib/server/hours/service.ts');
	const { billingMonth } = await vite.ssrLoadModule('/src/lib/server/hours/billing.ts');
	const goals = await vite.ssrLoadModule('/src/lib/server/goals/service.ts');
	const db = await getDb();
	/** The staff member as the services take them; user names are letters, digits and dashes. */
	const actorNamed = async (name) => {
		if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Not a user name: ${name}`);
		const [row] = await db.all(
			`select id, username, display_name as displayName, role, provider_id as providerId, locale from user where username = '${name}'`
		);
		if (!row) throw new Error(`No account ${name} in ${url}`);
		return { ...row, locale: row.locale ?? null };
	};
	const actor = await actorNamed(username);
	const median = async (label, run) => {
		for (let i = 0; i < 5; i++) await run();
		const times = [];
		for (let i = 0; i < 50; i++) {
			const start = performance.now();
			await run();
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		const result = await run();
		console.log(`${label}: ${times[25].toFixed(3)} ms`, result?.total ?? result);
	};
	const q = { q: '', state: null, trainerId: null };
	const month = billingMonth(null);
	if (process.env.DUMP) {
		// Every row's id in list order, to compare two versions of the queries.
		const all = {};
		const { id: trainerId } = await actorNamed('trainer-lh-01');
		for (const name of [username, 'trainer-lh-01']) {
			const who = await actorNamed(name);
			for (const [list, read] of [
				['bookings', (p) => reading.staffBookingPage(who, { ...q, page: p })],
				['bookings-a', (p) => reading.staffBookingPage(who, { ...q, q: 'a', page: p })],
				[
					'bookings-running',
					(p) => reading.staffBookingPage(who, { ...q, state: 'running', page: p })
				],
				['feedback', (p) => feedback.feedbackInbox(who, { ...q, page: p })],
				['feedback-a', (p) => feedback.feedbackInbox(who, { ...q, q: 'a', page: p })],
				['feedback-open', (p) => feedback.feedbackInbox(who, { ...q, state: 'open', page: p })],
				[
					'feedback-trainer',
					(p) => feedback.feedbackInbox(who, { ...q, trainerId: trainerId, page: p })
				],
				['reports', (p) => reports.reportOverview(who, { ...q, page: p })],
				['reports-a', (p) => reports.reportOverview(who, { ...q, q: 'a', page: p })],
				['reports-draft', (p) => reports.reportOverview(who, { ...q, state: 'draft', page: p })],
				['reports-none', (p) => reports.reportOverview(who, { ...q, state: 'none', page: p })],
				['reports-final', (p) => reports.reportOverview(who, { ...q, state: 'final', page: p })],
				...(who.role === 'lead' ? [['billing', (p) => hours.billingPage(who, month, p)]] : [])
			]) {
				const ids = [];
				for (let page = 1; ; page++) {
					const result = await read(page);
					if (result.page < page) break;
					ids.push(...result.rows.map((r) => JSON.stringify(r)));
				}
				all[`${name} ${list}`] = ids;
			}
			all[`${name} count`] = await reading.countStaffBookings(who);
			if (who.role === 'lead') {
				all[`${name} billing totals`] = await hours.billingPage(who, month, 1);
				all[`${name} billing export`] = await hours.billingForMonth(who, month);
			}
		}
		(await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(all, null, 1));
	}
	await median('bookings page 1', () => reading.staffBookingPage(actor, { ...q, page: 1 }));
	await median('bookings page 20', () => reading.staffBookingPage(actor, { ...q, page: 20 }));
	await median('bookings count', () => reading.countStaffBookings(actor));
	await median('bookings search "a"', () =>
		reading.staffBookingPage(actor, { ...q, q: 'a', page: 1 })
	);
	await median('feedback page 1', () => feedback.feedbackInbox(actor, { ...q, page: 1 }));
	await median('feedback page 5', () => feedback.feedbackInbox(actor, { ...q, page: 5 }));
	await median('reports page 1', () => reports.reportOverview(actor, { ...q, page: 1 }));
	await median('reports page 20', () => reports.reportOverview(actor, { ...q, page: 20 }));
	await median('reports count', () => reports.reportListCount(actor, q));
	await median('reports search "a"', () =>
		reports.reportOverview(actor, { ...q, q: 'a', page: 1 })
	);
	await median('reports state "final"', () =>
		reports.reportOverview(actor, { ...q, state: 'final', page: 1 })
	);
	if (actor.role === 'lead') {
		await median(`billing ${month} page 1`, () => hours.billingPage(actor, month, 1));
		await median(`billing ${month} page 20`, () => hours.billingPage(actor, month, 20));
		await median(`billing ${month} export rows`, async () => ({
			total: (await hours.billingForMonth(actor, month)).length
		}));
	}
	const ownReads = {
		'own feedback': feedback.listOwnFeedback,
		'own talks': feedback.ownTalks,
		'own goals': goals.listOwnGoals
	};
	if (process.env.DUMP_OWN) {
		const all = {};
		const participants = await db.all(
			`select username from user where role = 'participant' order by username`
		);
		for (const { username: name } of participants) {
			const who = await actorNamed(name);
			for (const [label, read] of Object.entries(ownReads))
				all[`${name} ${label}`] = await read(who);
		}
		(await import('node:fs')).writeFileSync(process.env.DUMP_OWN, JSON.stringify(all, null, 1));
	}
	const participant = await actorNamed(participantName);
	for (const [label, read] of Object.entries(ownReads))
		await median(`${label} of ${participantName}`, async () => ({
			total: (await read(participant)).length
		}));
} finally {
	await vite.close();
}
