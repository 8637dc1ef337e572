// npm run bench:pdf — renders the documentation PDF for a participant with a year of data
// (300+ hour entries, 50+ progress notes) and prints the time and the peak memory. The data
// is built through the same services the portal uses, on the throw-away test database.
import { bench } from 'vitest';
import { addDays } from '$lib/domain/dates';
import {
	advanceBooking,
	confirmBooking,
	listOwnBookings,
	requestModules
} from '$lib/server/bookings/service';
import { getDb } from '$lib/server/db';
import { provider } from '$lib/server/db/schema';
import { ownDocumentation } from '$lib/server/documents/service';
import { documentationDocument } from '$lib/server/documents/documentation-pdf';
import { logHours } from '$lib/server/hours/service';
import { addNote } from '$lib/server/documents/notes';
import { renderPdf } from '$lib/server/pdf/render';
import { actorFor, insertUser } from '$lib/server/users/service';

const db = await getDb();
await db.insert(provider).values({ id: 'lh', name: 'Lebenshilfe Südschwarzwald e.V.' });
const person = async (username: string, role: 'participant' | 'lead' | 'trainer') =>
	actorFor(
		await insertUser(db, {
			username,
			displayName: username,
			role,
			providerId: role === 'participant' ? null : 'lh',
			password: 'bench'
		})
	);
const participant = await person('bench', 'participant');
const lead = await person('lead', 'lead');
const trainer = await person('trainer', 'trainer');

const start = '2026-01-05';
const requested = await requestModules(
	participant,
	{
		moduleCodes: ['entry', 'qualification'],
		wishedStartMonth: '2025-12',
		wishedProviderId: null,
		message: null,
		requestKey: crypto.randomUUID()
	},
	new Date('2025-11-01T10:00:00Z')
);
if (!requested.ok) throw new Error(requested.reason);
const [entryId, bookingId] = requested.bookingIds as [string, string];
const version = async (id: string) =>
	(await listOwnBookings(participant)).find((row) => row.id === id)!.version;
await confirmBooking(
	lead,
	entryId,
	{
		version: await version(entryId),
		plannedStart: '2025-12-01',
		plannedEnd: '2025-12-28',
		trainerId: trainer.id
	},
	new Date('2025-11-02T10:00:00Z')
);
await confirmBooking(
	lead,
	bookingId,
	{
		version: await version(bookingId),
		plannedStart: start,
		plannedEnd: '2026-10-31',
		trainerId: trainer.id
	},
	new Date('2025-11-02T11:00:00Z')
);
await advanceBooking(
	lead,
	bookingId,
	{ version: await version(bookingId), step: 'start', confirmed: true },
	new Date(`${start}T08:00:00Z`)
);

let entries = 0;
let notes = 0;
// Two sessions on every weekday of the booking: about 430 entries, under the 540-hour cap.
for (let date = start; date <= '2026-10-31'; date = addDays(date, 1)) {
	const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
	if (weekday === 0 || weekday === 6) continue;
	for (const [hour, kind] of [
		[12, 'with_participant'],
		[17, 'documentation']
	] as const) {
		const result = await logHours(
			trainer,
			bookingId,
			{ date, minutes: 60, kind, note: 'Arbeit in der Gärtnerei', requestKey: crypto.randomUUID() },
			new Date(`${date}T${hour}:00:00Z`)
		);
		if (!result.ok) throw new Error(result.reason);
		entries += 1;
	}
	if (entries % 8 === 0) {
		await addNote(
			trainer,
			bookingId,
			{
				date,
				text: 'Die Woche lief gut. Anna hat neue Aufgaben im Gewächs·haus übernommen und selbst Pausen eingeplant.',
				requestKey: crypto.randomUUID()
			},
			new Date(`${date}T18:00:00Z`)
		);
		notes += 1;
	}
}

const iterations = 5;
let runs = 0;
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);

bench(
	`documentation PDF: ${entries} hour entries, ${notes} progress notes`,
	async () => {
		const pdf = await renderPdf(documentationDocument(await ownDocumentation(participant)));
		runs += 1;
		if (runs === iterations) {
			clearInterval(sampler);
			peak = Math.max(peak, process.memoryUsage().rss);
			console.log(
				`PDF size ${(pdf.length / 1024).toFixed(0)} KiB; peak memory (RSS) ${(peak / 1024 / 1024).toFixed(0)} MiB`
			);
		}
	},
	{ iterations, time: 0, warmupIterations: 0 }
);
