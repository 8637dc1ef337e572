import type { Actor } from '$lib/server/access';
import {
	advanceBooking,
	confirmBooking,
	listOwnBookings,
	requestModules
} from '$lib/server/bookings/service';
import { icfCategories, type IcfRating } from '$lib/domain/icf';
import { addNote } from '$lib/server/documents/notes';
import { addAgreedGoal } from '$lib/server/goals/service';
import { getDb } from '$lib/server/db';
import { hashPassword } from '$lib/server/auth/password';
import { provider, user } from '$lib/server/db/schema';
import { actorFor, insertUser } from '$lib/server/users/service';

// Test data made through the same services the app uses, so tests never go around the rules.

/** The two providers of the offer, with short ids. */
export async function insertTestProviders(): Promise<void> {
	await (await getDb()).insert(provider).values([
		{ id: 'lh', name: 'Lebenshilfe' },
		{ id: 'jh', name: 'Josefshaus' }
	]);
}

/** An account with the password "pw", as the session would give it. */
export async function testPerson(
	username: string,
	role: Actor['role'],
	providerId: string | null
): Promise<Actor> {
	return actorFor(
		await insertUser(await getDb(), {
			username,
			displayName: username,
			role,
			providerId,
			password: 'pw'
		})
	);
}

/** What a test's booking is unless it says otherwise: the Einstiegsphase in January 2027. */
const januaryEntry = {
	moduleCode: 'entry',
	plannedStart: '2027-01-04',
	plannedEnd: '2027-01-31',
	wishedProviderId: null as string | null,
	startedAt: new Date('2027-01-04T08:00:00Z')
};

/**
 * A booking requested, confirmed by the lead with the trainer, and started; returns its id.
 * Without more, the Einstiegsphase from 4 to 31 January 2027, started on the 4th.
 */
export async function runningBooking(
	people: { participant: Actor; lead: Actor; trainer: Actor },
	differences: Partial<typeof januaryEntry> = {}
): Promise<string> {
	const booking = { ...januaryEntry, ...differences };
	const { participant, lead, trainer } = people;
	const request = await requestModules(
		participant,
		{
			moduleCodes: [booking.moduleCode],
			wishedStartMonth: '2027-01',
			wishedProviderId: booking.wishedProviderId ?? null,
			message: null,
			requestKey: crypto.randomUUID()
		},
		new Date('2026-12-01T10:00:00Z')
	);
	if (!request.ok) throw new Error(request.reason);
	const id = request.bookingIds[0]!;
	const version = async () =>
		(await listOwnBookings(participant)).find((row) => row.id === id)!.version;
	const confirmed = await confirmBooking(
		lead,
		id,
		{
			version: await version(),
			plannedStart: booking.plannedStart,
			plannedEnd: booking.plannedEnd,
			trainerId: trainer.id
		},
		new Date('2026-12-02T10:00:00Z')
	);
	if (!confirmed.ok) throw new Error(confirmed.reason);
	await advanceBooking(
		lead,
		id,
		{ version: await version(), step: 'start', confirmed: true },
		booking.startedAt
	);
	return id;
}

/** A user name no other test of the file uses, so each test makes its own people. */
export const unique = (name: string): string => `${name}-${crypto.randomUUID().slice(0, 8)}`;

/** Fresh people for one test: a participant and staff of both providers. */
export interface People {
	participant: Actor;
	/** Lead of Lebenshilfe (`lh`). */
	lead: Actor;
	/** Trainer of Lebenshilfe, the one `cast()` gives the booking to. */
	trainer: Actor;
	/** Same provider as `trainer`, trains nobody. */
	idleTrainer: Actor;
	/** Lead of Josefshaus (`jh`). */
	otherLead: Actor;
	/** Trainer of Josefshaus. */
	otherTrainer: Actor;
}

export async function people(): Promise<People> {
	return {
		participant: await testPerson(unique('pia'), 'participant', null),
		lead: await testPerson(unique('lea'), 'lead', 'lh'),
		trainer: await testPerson(unique('tom'), 'trainer', 'lh'),
		idleTrainer: await testPerson(unique('tim'), 'trainer', 'lh'),
		otherLead: await testPerson(unique('jo'), 'lead', 'jh'),
		otherTrainer: await testPerson(unique('sara'), 'trainer', 'jh')
	};
}

export interface Cast extends People {
	/** The participant's running Einstiegsphase with Lebenshilfe, trained by `trainer`. */
	entryId: string;
}

/** Fresh people and a running Einstiegsphase (4 to 31 January 2027, started on the 4th). */
export async function cast(): Promise<Cast> {
	const cast = await people();
	const entryId = await runningBooking(cast);
	return { ...cast, entryId };
}

/**
 * A provider of its own, for a test that reads sums over a whole provider (billing,
 * satisfaction), which the other tests of its file would change.
 */
export async function testProvider(): Promise<string> {
	const id = unique('provider');
	await (await getDb()).insert(provider).values({ id, name: id });
	return id;
}

/**
 * `count` participants for a list of more than one page, named `<prefix>000-…`, `<prefix>001-…`
 * in that order. They share one password hash ("pw"), so making sixty takes one Argon2 run.
 */
export async function manyParticipants(prefix: string, count: number): Promise<Actor[]> {
	const db = await getDb();
	const passwordHash = await hashPassword('pw');
	const rows = Array.from({ length: count }, (_, index) => {
		const name = unique(`${prefix}${String(index).padStart(3, '0')}`);
		return {
			id: crypto.randomUUID(),
			username: name,
			displayName: name,
			role: 'participant' as const,
			providerId: null,
			passwordHash
		};
	});
	await db.insert(user).values(rows);
	return Promise.all(rows.map((row) => actorFor(row.id)));
}

/** The first draft of a final report: only the starting situation written ("Am Anfang"). */
export function firstDraft() {
	return {
		revision: null,
		startingSituation: 'Am Anfang',
		course: '',
		goalTexts: {},
		icf: [],
		recommendation: ''
	};
}

/** A first progress note, "Erster Tag.", on 5 January 2027 (written at 15:00 UTC). */
export async function firstNote(trainer: Actor, bookingId: string) {
	const note = await addNote(
		trainer,
		bookingId,
		{ date: '2027-01-05', text: 'Erster Tag.', requestKey: crypto.randomUUID() },
		new Date('2027-01-05T15:00:00Z')
	);
	if (!note.ok) throw new Error(note.reason);
	return note;
}

/** An agreed goal the trainer set on 5 January 2027 (version 1, not started); returns its id. */
export function firstGoal(trainer: Actor, bookingId: string, text = 'Pünktlich sein') {
	return addAgreedGoal(trainer, bookingId, text, new Date('2027-01-05T10:00:00Z'));
}

/** Every ICF core-set category rated: activities by performance and capacity, the rest by a qualifier. */
export function ratedCoreSet(
	rating: { performance: string; capacity: string; qualifier: string },
	comments: { activity: string; other: string } = { activity: '', other: '' }
): IcfRating[] {
	return icfCategories
		.filter((category) => category.coreSet)
		.map((category) =>
			category.component === 'd'
				? {
						code: category.code,
						performance: rating.performance,
						capacity: rating.capacity,
						comment: comments.activity
					}
				: { code: category.code, qualifier: rating.qualifier, comment: comments.other }
		);
}

/**
 * Staff who may not touch `people`'s booking: their idle trainer, the trainer of `other`'s
 * booking (same provider) and the other provider's lead and trainer.
 */
export function strangersTo(people: People, other: People): Actor[] {
	return [people.idleTrainer, other.trainer, people.otherLead, people.otherTrainer];
}

/** What a trainer types to log time with the participant: a fresh request key each time. */
export const hourEntry = (date: string, minutes: number) => ({
	date,
	minutes,
	kind: 'with_participant' as const,
	note: null,
	requestKey: crypto.randomUUID()
});
