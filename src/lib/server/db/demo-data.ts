import { count, eq } from 'drizzle-orm';
import {
	addDays,
	addMonths,
	addMonthsToMonth,
	berlinDate,
	firstDayOf,
	monthOf
} from '$lib/domain/dates';
import type { Role, RoleWording } from '$lib/domain/roles';
import {
	advanceBooking,
	confirmBooking,
	listOwnBookings,
	markOwnBookingsSeen,
	requestModules
} from '$lib/server/bookings/service';
import {
	addAgreedGoal,
	addOwnView,
	listOwnGoals,
	saveOwnPersonalGoal,
	updateAgreedGoal
} from '$lib/server/goals/service';
import { logHours } from '$lib/server/hours/service';
import { addNote, correctNote } from '$lib/server/documents/notes';
import {
	answerFeedback,
	giveFeedback,
	listOwnFeedback,
	markOwnRepliesRead,
	recordTalk,
	type TalkResult
} from '$lib/server/feedback/service';
import type { HourKind } from '$lib/domain/hours';
import type { GoalState } from '$lib/domain/goals';
import { getDb } from '$lib/server/db';
import { actorFor, insertUser } from '$lib/server/users/service';
import type { Actor } from '$lib/server/access';
import { participantProfile, place, provider, user } from './schema';

export const demoProviders = [
	{
		id: 'lebenshilfe',
		name: 'Lebenshilfe Südschwarzwald e.V.',
		// Made-up numbers for the login letters of the demo.
		phone: '07761 0000-10',
		places: [{ name: 'Villa', town: 'Laufenburg' }]
	},
	{
		id: 'josefshaus',
		name: 'St. Josefshaus',
		phone: '07623 0000-20',
		places: [{ name: 'Rhywerk', town: 'Rheinfelden' }]
	}
] as const;

/** The demo accounts of DESIGN.md. Passwords are public on purpose: this is demo data. */
export const demoAccounts = [
	{
		username: 'anna',
		password: 'anna-demo',
		displayName: 'Anna Berger',
		role: 'participant',
		providerId: null
	},
	{
		username: 'ben',
		password: 'ben-demo',
		displayName: 'Ben Schäfer',
		role: 'participant',
		providerId: null
	},
	{
		username: 'tom',
		password: 'tom-demo',
		displayName: 'Tom Keller',
		roleWording: 'masculine',
		role: 'trainer',
		providerId: 'lebenshilfe'
	},
	{
		username: 'sara',
		password: 'sara-demo',
		displayName: 'Sara Yılmaz',
		roleWording: 'feminine',
		role: 'trainer',
		providerId: 'josefshaus'
	},
	{
		username: 'lea',
		password: 'lea-demo',
		displayName: 'Lea Hoffmann',
		roleWording: 'feminine',
		role: 'lead',
		providerId: 'lebenshilfe'
	},
	{
		username: 'jo',
		password: 'jo-demo',
		displayName: 'Jo Brandt',
		roleWording: 'neutral',
		role: 'lead',
		providerId: 'josefshaus'
	},
	// A trainer of Lebenshilfe who trains nobody yet: sees the provider's pages, no participant.
	{
		username: 'tim',
		password: 'tim-demo',
		displayName: 'Tim Wagner',
		roleWording: 'masculine',
		role: 'trainer',
		providerId: 'lebenshilfe'
	},
	{
		username: 'admin',
		password: 'admin-demo',
		displayName: 'Administration',
		role: 'admin',
		providerId: null
	}
] as const satisfies readonly {
	username: string;
	password: string;
	displayName: string;
	roleWording?: RoleWording;
	role: Role;
	providerId: string | null;
}[];

type DemoUsername = (typeof demoAccounts)[number]['username'];

/** Demo talks are always valid; a refusal here means the story broke a rule. */
function recordedTalk(result: TalkResult): string {
	if (!result.ok) throw new Error(`Demo talk refused: ${result.reason}`);
	return result.talkId;
}

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
			await tx.insert(provider).values({ id: entry.id, name: entry.name, phone: entry.phone });
			for (const location of entry.places)
				await tx.insert(place).values({ providerId: entry.id, ...location });
		}
		for (const account of demoAccounts) ids.set(account.username, await insertUser(tx, account));
		// Whose lead made each participant's account (and looks after it now): Anna's was made
		// by Lebenshilfe, which took her first module; Ben's by St. Josefshaus after his talk.
		for (const [participant, lead, providerId] of [
			['anna', 'lea', 'lebenshilfe'],
			['ben', 'jo', 'josefshaus']
		] as const) {
			await tx.insert(participantProfile).values({
				userId: ids.get(participant)!,
				providerId,
				easyLanguage: true,
				createdBy: ids.get(lead)!
			});
		}
	});
	const actor = (username: DemoUsername): Promise<Actor> => actorFor(ids.get(username)!);
	const [anna, ben, lea, tom] = await Promise.all([
		actor('anna'),
		actor('ben'),
		actor('lea'),
		actor('tom')
	]);

	// Anna is in month 3 of the Qualifizierungsphase, after a 4-week Einstiegsphase. She had
	// no wish for the provider at first; Lebenshilfe took her after the advice talk.
	const qualificationStart = firstDayOf(addMonthsToMonth(monthOf(berlinDate(now)), -2));
	const entryStart = addDays(qualificationStart, -35);
	const entryEnd = addDays(entryStart, 4 * 7 - 1);
	const entryId = await storyOfOneBooking(anna, lea, tom.id, {
		moduleCode: 'entry',
		wishedProviderId: null,
		message: 'Ich weiß noch nicht, welche Arbeit zu mir passt.',
		requestedOn: addDays(entryStart, -21),
		confirmedOn: addDays(entryStart, -18),
		plannedStart: entryStart,
		plannedEnd: entryEnd,
		finishedOn: entryEnd
	});
	const qualificationId = await storyOfOneBooking(anna, lea, tom.id, {
		moduleCode: 'qualification',
		wishedProviderId: lea.providerId,
		message: 'Ich möchte gern mit Pflanzen arbeiten.',
		requestedOn: addDays(entryEnd, -14),
		confirmedOn: addDays(entryEnd, -10),
		plannedStart: qualificationStart,
		plannedEnd: addDays(addMonths(qualificationStart, 9), -1)
	});
	// She moves to Rheinfelden after the Qualifizierungsphase, so she asked St. Josefshaus for the
	// Übergangsphase there a few days ago; nobody has answered yet.
	const transition = await requestModules(
		anna,
		{
			moduleCodes: ['transition'],
			wishedStartMonth: addMonthsToMonth(monthOf(qualificationStart), 9),
			wishedProviderId: 'josefshaus',
			message: 'Ich ziehe bald zu meiner Schwester nach Rheinfelden.',
			requestKey: crypto.randomUUID()
		},
		on(addDays(berlinDate(now), -6), 15)
	);
	if (!transition.ok) throw new Error(`Demo request failed: ${transition.reason}`);
	await markOwnBookingsSeen(anna);

	// Einstiegsphase: 46.5 of 48 hours used. Qualifizierungsphase: about 7 hours a week.
	const entryDays = weekdaysBetween(entryStart, entryEnd).slice(0, 14);
	for (const [index, day] of entryDays.entries()) {
		const minutes = index === entryDays.length - 1 ? 60 : 210;
		await logDemoHours(
			tom,
			entryId,
			day,
			minutes,
			index % 4 === 3 ? 'documentation' : 'with_participant',
			entryNotes[index % entryNotes.length]!
		);
	}
	const today = berlinDate(now);
	for (const [index, day] of weekdaysBetween(qualificationStart, addDays(today, -1)).entries()) {
		const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
		if (weekday === 2 || weekday === 4) {
			await logDemoHours(
				tom,
				qualificationId,
				day,
				180,
				'with_participant',
				qualificationNotes[index % qualificationNotes.length]!
			);
		} else if (weekday === 5) {
			await logDemoHours(
				tom,
				qualificationId,
				day,
				60,
				index % 2 === 0 ? 'documentation' : 'talks_with_others',
				null
			);
		}
	}

	// Goals: one agreed goal of the Einstiegsphase reached, two of the Qualifizierungsphase open,
	// and Anna's own goal.
	const strengths = await addAgreedGoal(
		tom,
		entryId,
		'Ich finde heraus, welche Arbeit mir Spaß macht.',
		on(entryStart, 10)
	);
	await moveGoal(
		tom,
		anna,
		strengths,
		'working',
		'Anna hat in der Küche und im Garten gearbeitet.',
		on(addDays(entryStart, 7), 15)
	);
	await moveGoal(
		tom,
		anna,
		strengths,
		'reached',
		'Die Arbeit im Garten macht Anna am meisten Spaß.',
		on(entryEnd, 14)
	);
	const bus = await addAgreedGoal(
		tom,
		qualificationId,
		'Ich fahre allein mit dem Bus zur Arbeit.',
		on(qualificationStart, 10)
	);
	await moveGoal(
		tom,
		anna,
		bus,
		'working',
		'Anna ist 3 Mal mit Begleitung gefahren.',
		on(addDays(qualificationStart, 14), 15)
	);
	await addOwnView(
		anna,
		bus,
		'Mit dem Bus klappt es schon oft.\nUmsteigen ist noch schwer.',
		on(addDays(qualificationStart, 30), 16)
	);
	await addAgreedGoal(
		tom,
		qualificationId,
		'Ich lerne, wie man Pflanzen richtig gießt und pflegt.',
		on(addDays(qualificationStart, 3), 10)
	);
	await saveOwnPersonalGoal(
		anna,
		{ goalId: null, text: 'Ich möchte eine feste Arbeit mit Pflanzen finden.' },
		on(addDays(entryEnd, 2), 18)
	);

	// Two reflection talks, each followed by feedback; the first is answered.
	const firstTalk = recordedTalk(
		await recordTalk(
			tom,
			entryId,
			{ heldOn: entryEnd, nextOn: addDays(qualificationStart, 28) },
			on(entryEnd, 16)
		)
	);
	const firstFeedback = await giveFeedback(
		anna,
		{
			rating: 4,
			good: 'Die Arbeit im Garten hat mir Spaß gemacht.',
			bad: 'Der erste Tag war sehr laut.',
			wish: '',
			bookingId: entryId,
			talkId: firstTalk,
			requestKey: crypto.randomUUID()
		},
		on(addDays(entryEnd, 1), 18)
	);
	const [answered] = (await listOwnFeedback(anna)).filter((item) => item.id === firstFeedback);
	await answerFeedback(
		tom,
		firstFeedback,
		{
			version: answered!.version,
			text: 'Danke für Ihre Rückmeldung.\nIn der Qualifizierungs·phase arbeiten Sie in einer ruhigen Gärtnerei.',
			close: false
		},
		on(addDays(entryEnd, 3), 10)
	);
	await markOwnRepliesRead(anna, on(addDays(entryEnd, 4), 9));
	const secondTalk = recordedTalk(
		await recordTalk(
			tom,
			qualificationId,
			{ heldOn: addDays(qualificationStart, 28), nextOn: addDays(today, 14) },
			on(addDays(qualificationStart, 28), 16)
		)
	);
	await giveFeedback(
		anna,
		{
			rating: 3,
			good: '',
			bad: 'Der Bus ist morgens oft sehr voll.',
			wish: 'Ich möchte öfter im Gewächshaus arbeiten.',
			bookingId: qualificationId,
			talkId: secondTalk,
			requestKey: crypto.randomUUID()
		},
		on(addDays(qualificationStart, 29), 18)
	);

	// Progress notes: what Tom writes down, one of them corrected. No final report yet.
	await demoNote(
		tom,
		entryId,
		addDays(entryStart, 1),
		'Anna hat die Villa kennen·gelernt.\nSie war am Anfang sehr ruhig.\nAm Ende vom Tag hat sie viele Fragen gestellt.'
	);
	await demoNote(
		tom,
		entryId,
		addDays(entryStart, 9),
		'Anna hat 3 Tage in der Küche gearbeitet und 2 Tage im Garten.\nIm Garten war sie ruhiger und hat länger durch·gehalten.'
	);
	const bigNoise = await demoNote(
		tom,
		entryId,
		addDays(entryStart, 16),
		'Anna findet laute Räume schwer.\nSie macht dann eine Pause.'
	);
	const corrected = await correctNote(
		tom,
		bigNoise,
		{
			text: 'Anna findet laute Räume schwer.\nSie sagt dann selbst Bescheid und macht eine kurze Pause.',
			reason: 'Genauer beschrieben',
			requestKey: crypto.randomUUID()
		},
		on(addDays(entryStart, 17), 9)
	);
	if (!corrected.ok) throw new Error(`Demo note correction refused: ${corrected.reason}`);
	await demoNote(
		tom,
		qualificationId,
		addDays(qualificationStart, 5),
		'Erster Tag in der Gärtnerei Sommer.\nAnna hat Pflanzen umgetopft. Das hat gut geklappt.'
	);
	await demoNote(
		tom,
		qualificationId,
		addDays(qualificationStart, 21),
		'Anna ist zum ersten Mal allein mit dem Bus gefahren.\nBeim Umsteigen hat sie eine Person gefragt. Das war gut.'
	);
	await demoNote(
		tom,
		qualificationId,
		addDays(today, -3),
		'Anna gießt die Pflanzen jetzt ohne Hilfe.\nNächstes Ziel: die Arbeit im Gewächs·haus planen.'
	);

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

const entryNotes = [
	'Kennenlernen und Rundgang im Rhywerk',
	'Arbeit in der Küche ausprobiert',
	'Arbeit im Garten ausprobiert',
	'Bericht über die Woche geschrieben'
];
const qualificationNotes = [
	'Praktikum in der Gärtnerei Sommer',
	'Busfahrt zur Gärtnerei geübt',
	'Pflanzen gießen gelernt'
];

function weekdaysBetween(start: string, end: string): string[] {
	const days: string[] = [];
	for (let day = start; day <= end; day = addDays(day, 1)) {
		const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
		if (weekday !== 0 && weekday !== 6) days.push(day);
	}
	return days;
}

async function logDemoHours(
	trainer: Actor,
	bookingId: string,
	date: string,
	minutes: number,
	kind: HourKind,
	note: string | null
): Promise<void> {
	const result = await logHours(
		trainer,
		bookingId,
		{ date, minutes, kind, note, requestKey: crypto.randomUUID() },
		on(date, 17)
	);
	if (!result.ok) throw new Error(`Demo hours refused: ${result.reason}`);
}

async function demoNote(
	trainer: Actor,
	bookingId: string,
	date: string,
	text: string
): Promise<string> {
	const result = await addNote(
		trainer,
		bookingId,
		{ date, text, requestKey: crypto.randomUUID() },
		on(date, 16)
	);
	if (!result.ok) throw new Error(`Demo note refused: ${result.reason}`);
	return result.noteId;
}

async function moveGoal(
	trainer: Actor,
	participant: Actor,
	goalId: string,
	state: GoalState,
	progress: string,
	at: Date
): Promise<void> {
	const current = (await listOwnGoals(participant)).find((goal) => goal.id === goalId)!;
	await updateAgreedGoal(trainer, goalId, { version: current.version, state, progress }, at);
}

async function storyOfOneBooking(
	participant: Actor,
	lead: Actor,
	trainerId: string,
	story: {
		moduleCode: string;
		wishedProviderId: string | null;
		message: string | null;
		requestedOn: string;
		confirmedOn: string;
		plannedStart: string;
		plannedEnd: string;
		finishedOn?: string;
	}
): Promise<string> {
	const requested = await requestModules(
		participant,
		{
			moduleCodes: [story.moduleCode],
			wishedStartMonth: monthOf(story.plannedStart),
			wishedProviderId: story.wishedProviderId,
			message: story.message,
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
		{
			version: await versionOf(),
			plannedStart: story.plannedStart,
			plannedEnd: story.plannedEnd,
			trainerId
		},
		on(story.confirmedOn, 11)
	);
	if (!confirmed.ok) throw new Error(`Demo confirmation failed: ${confirmed.reason}`);
	await advanceBooking(
		lead,
		bookingId,
		{ version: await versionOf(), step: 'start', confirmed: true },
		on(story.plannedStart, 8)
	);
	if (story.finishedOn) {
		await advanceBooking(
			lead,
			bookingId,
			{ version: await versionOf(), step: 'finish', confirmed: true },
			on(story.finishedOn, 18)
		);
	}
	return bookingId;
}

/**
 * Fresh participant accounts with nothing booked yet, for end-to-end journeys that must start
 * from the beginning without touching the demo story (TEST_PARTICIPANTS, tests only). The
 * password is the name followed by "-test". Accounts that exist already are left alone.
 */
export async function seedTestParticipants(usernames: readonly string[]): Promise<void> {
	const db = await getDb();
	for (const username of usernames) {
		const [existing] = await db
			.select({ users: count() })
			.from(user)
			.where(eq(user.username, username));
		if ((existing?.users ?? 0) > 0) continue;
		const displayName = username.charAt(0).toUpperCase() + username.slice(1) + ' Test';
		await insertUser(db, {
			username,
			displayName,
			role: 'participant',
			providerId: null,
			password: `${username}-test`
		});
	}
}
