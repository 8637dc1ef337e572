import { count } from 'drizzle-orm';
import { addDays, addMonths, addMonthsToMonth, berlinDate, firstDayOf, monthOf } from '$lib/domain/dates';
import type { Role } from '$lib/domain/roles';
import {
	advanceBooking,
	confirmBooking,
	listOwnBookings,
	markOwnBookingsSeen,
	requestModules
} from '$lib/server/bookings';
import { getDb } from '$lib/server/db';
import { actorFor, insertUser } from '$lib/server/users';
import type { Actor } from '$lib/server/access';
import { place, provider, user } from './schema';

export const demoProviders = [
	{
		id: 'lebenshilfe',
		name: 'Lebenshilfe Südschwarzwald e.V.',
		places: [{ name: 'Villa', town: 'Laufenburg' }]
	},
	{
		id: 'josefshaus',
		name: 'St. Josefshaus',
		places: [{ name: 'Rhywerk', town: 'Rheinfelden' }]
	}
] as const;

/** The demo accounts of DESIGN.md. Passwords are public on purpose: this is demo data. */
export const demoAccounts = [
	{ username: 'anna', password: 'anna-demo', displayName: 'Anna Berger', role: 'participant', providerId: null },
	{ username: 'ben', password: 'ben-demo', displayName: 'Ben Schäfer', role: 'participant', providerId: null },
	{ username: 'tom', password: 'tom-demo', displayName: 'Tom Keller', role: 'trainer', providerId: 'lebenshilfe' },
	{ username: 'sara', password: 'sara-demo', displayName: 'Sara Yılmaz', role: 'trainer', providerId: 'josefshaus' },
	{ username: 'lea', password: 'lea-demo', displayName: 'Lea Hoffmann', role: 'lead', providerId: 'lebenshilfe' },
	{ username: 'admin', password: 'admin-demo', displayName: 'Administration', role: 'admin', providerId: null }
] as const satisfies readonly {
	username: string;
	password: string;
	displayName: string;
	role: Role;
	providerId: string | null;
}[];

type DemoUsername = (typeof demoAccounts)[number]['username'];

/** A moment on a calendar day, at a plausible office hour (UTC). */
function on(date: string, hour = 9): Date {
	return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
}

/**
 * Seeds the demo story into a database that has no accounts yet. A database with any
 * account is left exactly as it is, so a restart never overwrites real work. The story
 * is told through the same services the app uses, dated relative to `now`.
 */
export async function seedDemoData(now: Date = new Date()): Promise<boolean> {
	const db = await getDb();
	const [existing] = await db.select({ users: count() }).from(user);
	if ((existing?.users ?? 0) > 0) return false;

	const ids = new Map<DemoUsername, string>();
	await db.transaction(async (tx) => {
		for (const entry of demoProviders) {
			await tx.insert(provider).values({ id: entry.id, name: entry.name });
			for (const location of entry.places) await tx.insert(place).values({ providerId: entry.id, ...location });
		}
		for (const account of demoAccounts) ids.set(account.username, await insertUser(tx, account));
	});
	const actor = (username: DemoUsername): Promise<Actor> => actorFor(ids.get(username)!);
	const [anna, ben, lea, tom] = await Promise.all([actor('anna'), actor('ben'), actor('lea'), actor('tom')]);

	// Anna is in month 3 of the Qualifizierungsphase, after a 4-week Einstiegsphase.
	const qualificationStart = firstDayOf(addMonthsToMonth(monthOf(berlinDate(now)), -2));
	const entryStart = addDays(qualificationStart, -35);
	const entryEnd = addDays(entryStart, 4 * 7 - 1);
	await storyOfOneBooking(anna, lea, tom.id, {
		moduleCode: 'entry',
		requestedOn: addDays(entryStart, -21),
		confirmedOn: addDays(entryStart, -18),
		plannedStart: entryStart,
		plannedEnd: entryEnd,
		finishedOn: entryEnd
	});
	await storyOfOneBooking(anna, lea, tom.id, {
		moduleCode: 'qualification',
		requestedOn: addDays(entryEnd, -14),
		confirmedOn: addDays(entryEnd, -10),
		plannedStart: qualificationStart,
		plannedEnd: addDays(addMonths(qualificationStart, 9), -1)
	});
	await markOwnBookingsSeen(anna);

	// Ben asked for the Einstiegsphase two days ago and waits for an answer.
	await requestModules(
		ben,
		{
			moduleCodes: ['entry'],
			wishedStartMonth: addMonthsToMonth(monthOf(berlinDate(now)), 1),
			wishedProviderId: null,
			message: 'Ich kann montags nicht. Da habe ich Therapie.',
			requestKey: crypto.randomUUID()
		},
		on(addDays(berlinDate(now), -2), 14)
	);
	return true;
}

async function storyOfOneBooking(
	participant: Actor,
	lead: Actor,
	trainerId: string,
	story: {
		moduleCode: string;
		requestedOn: string;
		confirmedOn: string;
		plannedStart: string;
		plannedEnd: string;
		finishedOn?: string;
	}
): Promise<void> {
	const requested = await requestModules(
		participant,
		{
			moduleCodes: [story.moduleCode],
			wishedStartMonth: monthOf(story.plannedStart),
			wishedProviderId: lead.providerId,
			message: null,
			requestKey: crypto.randomUUID()
		},
		on(story.requestedOn)
	);
	if (!requested.ok) throw new Error(`Demo request failed: ${requested.reason}`);
	const bookingId = requested.bookingIds[0]!;
	const versionOf = async () =>
		(await listOwnBookings(participant)).find((booking) => booking.id === bookingId)!.version;

	const confirmed = await confirmBooking(
		lead,
		bookingId,
		{ version: await versionOf(), plannedStart: story.plannedStart, plannedEnd: story.plannedEnd, trainerId },
		on(story.confirmedOn, 11)
	);
	if (!confirmed.ok) throw new Error(`Demo confirmation failed: ${confirmed.reason}`);
	await advanceBooking(lead, bookingId, { version: await versionOf(), step: 'start' }, on(story.plannedStart, 8));
	if (story.finishedOn) {
		await advanceBooking(lead, bookingId, { version: await versionOf(), step: 'finish' }, on(story.finishedOn, 15));
	}
}
