/**
 * A region's worth of data for the load benchmark (`npm run seed:scale`): 2 providers with
 * 1,000 participants each, 10 trainers and a lead each, about 430,000 hour entries, and goals,
 * talks, notes, feedback and requests in the proportions a year of real work leaves.
 *
 * Rows are written straight into the tables in large batches: going through the services
 * (as the demo data does) would take hours at this size. Everything is made from a fixed
 * seed, so two runs give the same database; dates count back from the day it is made.
 */
import { count } from 'drizzle-orm';
import { addDays, addMonths, berlinDate, daysBetween, type IsoDate } from '$lib/domain/dates';
import { staffTransitions } from '$lib/domain/bookings';
import type { HourKind } from '$lib/domain/hours';
import { hashPassword } from '$lib/server/auth/password';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database, Executor } from './client';
import {
	booking,
	bookingEvent,
	feedback,
	feedbackReply,
	goal,
	goalEvent,
	hourEntry,
	place,
	progressNote,
	provider,
	reflectionTalk,
	user
} from './schema';

/** Every account of the scale data set signs in with this password. */
export const scalePassword = 'scale-test';

export const scaleProviders = [
	{ id: 'lebenshilfe', code: 'lh', name: 'Lebenshilfe Südschwarzwald e.V.', town: 'Laufenburg' },
	{ id: 'josefshaus', code: 'jh', name: 'St. Josefshaus', town: 'Rheinfelden' }
] as const;

export const scaleSize = {
	participantsPerProvider: 1000,
	trainersPerProvider: 10,
	entryHourEntries: 20,
	qualificationHourEntries: 195,
	notesPerParticipant: 10,
	talksPerParticipant: 4,
	feedbackPerParticipant: 3,
	/** Every this many participants has an open request for the Stabilisierungsphase. */
	openRequestEvery: 10
};

/** User names: `lead-lh`, `trainer-lh-01`, `p-lh-0001`; the README lists them. */
export const scaleUsernames = {
	admin: 'admin-scale',
	lead: (code: string) => `lead-${code}`,
	trainer: (code: string, n: number) => `trainer-${code}-${String(n).padStart(2, '0')}`,
	participant: (code: string, n: number) => `p-${code}-${String(n).padStart(4, '0')}`
};

/** A small, fixed pseudo-random sequence (mulberry32), so the data set is the same every time. */
function randomFrom(seed: number) {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const hourKinds: HourKind[] = [
	'with_participant',
	'with_participant',
	'with_participant',
	'preparation',
	'documentation',
	'talks_with_others',
	'travel'
];
const firstNames = ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hannah', 'Ilias'];
const lastNames = ['Berger', 'Yilmaz', 'Schmidt', 'Keller', 'Wagner', 'Huber', 'Maier', 'Fischer'];

/** Rows wait here and go to the database a few hundred at a time, inside one transaction. */
class Batches {
	private pending = new Map<SQLiteTable, object[]>();
	constructor(private readonly db: Executor) {}

	async add(table: SQLiteTable, row: object): Promise<void> {
		const rows = this.pending.get(table) ?? [];
		rows.push(row);
		this.pending.set(table, rows);
		// SQLite allows 32,766 variables per statement; 400 rows of ≤ 16 columns stay below.
		if (rows.length >= 400) await this.flush();
	}

	/** Writes every table in the order it was first seen, so parents come before their rows. */
	async flush(): Promise<void> {
		for (const [table, rows] of this.pending) {
			if (rows.length === 0) continue;
			this.pending.set(table, []);
			// The rows are made for their table below; the type checker cannot follow the map.
			await this.db.insert(table).values(rows as never);
		}
	}
}

export interface ScaleSummary {
	participants: number;
	staff: number;
	hourEntries: number;
}

/** Fills an empty database; refuses one that already has accounts. */
export async function seedScaleData(db: Database, now: Date = new Date()): Promise<ScaleSummary> {
	const [existing] = await db.select({ value: count() }).from(user);
	if ((existing?.value ?? 0) > 0) {
		throw new Error('This database already has accounts: the scale data goes only into a new one.');
	}
	const random = randomFrom(20261201);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const passwordHash = await hashPassword(scalePassword);
	const today = berlinDate(now);
	const at = (date: IsoDate, hour = 10) =>
		new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
	let hourEntries = 0;
	let staff = 0;

	// One transaction: a run that stops half-way leaves the database empty, not half-filled.
	await db.transaction(async (tx) => {
		const batches = new Batches(tx);
		const newUser = async (
			username: string,
			displayName: string,
			role: 'participant' | 'trainer' | 'lead' | 'admin',
			providerId: string | null
		) => {
			const id = crypto.randomUUID();
			await batches.add(user, { id, username, displayName, role, providerId, passwordHash });
			return id;
		};

		// The qualification started nine months ago and runs one more month; the Einstiegsphase
		// came before it and is finished.
		const entryStart = addMonths(today, -11);
		const entryEnd = addDays(entryStart, 27);
		const qualificationStart = addMonths(today, -9);
		const qualificationEnd = addMonths(today, 1);

		await newUser(scaleUsernames.admin, 'Admin Skala', 'admin', null);
		for (const each of scaleProviders) {
			await tx.insert(provider).values({ id: each.id, name: each.name });
			await tx.insert(place).values({ providerId: each.id, name: 'Werkstatt', town: each.town });
			const leadId = await newUser(
				scaleUsernames.lead(each.code),
				`Leitung ${each.code}`,
				'lead',
				each.id
			);
			const trainerIds: string[] = [];
			for (let n = 1; n <= scaleSize.trainersPerProvider; n++) {
				trainerIds.push(
					await newUser(
						scaleUsernames.trainer(each.code, n),
						`${pick(firstNames)} Trainer ${n}`,
						'trainer',
						each.id
					)
				);
			}
			staff += 1 + trainerIds.length;
			await batches.flush();

			for (let n = 1; n <= scaleSize.participantsPerProvider; n++) {
				const participantId = await newUser(
					scaleUsernames.participant(each.code, n),
					`${pick(firstNames)} ${pick(lastNames)} ${n}`,
					'participant',
					null
				);
				await batches.flush();
				const trainerId = trainerIds[n % trainerIds.length]!;
				const bookingRow = (
					moduleCode: string,
					state: 'finished' | 'running' | 'requested',
					start: IsoDate | null,
					end: IsoDate | null
				) => ({
					id: crypto.randomUUID(),
					participantId,
					moduleCode,
					state,
					wishedProviderId: each.id,
					wishedStartMonth: (start ?? today).slice(0, 7),
					providerId: state === 'requested' ? null : each.id,
					trainerId: state === 'requested' ? null : trainerId,
					plannedStart: start,
					plannedEnd: end,
					requestKey: crypto.randomUUID(),
					version: state === 'requested' ? 1 : state === 'running' ? 3 : 4,
					createdAt: at(start ?? today),
					updatedAt: at(start ?? today)
				});
				const entry = bookingRow('entry', 'finished', entryStart, entryEnd);
				const qualification = bookingRow(
					'qualification',
					'running',
					qualificationStart,
					qualificationEnd
				);
				const bookings = [entry, qualification];
				if (n % scaleSize.openRequestEvery === 0)
					bookings.push(bookingRow('stabilisation', 'requested', null, null));
				for (const row of bookings) {
					await batches.add(booking, row);
					const steps: [string | null, string, string][] =
						row.state === 'requested'
							? [[null, 'requested', participantId]]
							: [
									[null, 'requested', participantId],
									...(['confirm', 'start', 'finish'] as const)
										.filter((step) => step !== 'finish' || row.state === 'finished')
										.map((step): [string, string, string] => [
											staffTransitions[step].from,
											staffTransitions[step].to,
											leadId
										])
								];
					for (const [fromState, toState, actorId] of steps) {
						await batches.add(bookingEvent, {
							bookingId: row.id,
							actorId,
							at: row.createdAt,
							fromState,
							toState
						});
					}
				}

				// Hours: every few days across each booking's period, never in the future.
				const logged = [
					{ row: entry, entries: scaleSize.entryHourEntries, minutes: 120 },
					{ row: qualification, entries: scaleSize.qualificationHourEntries, minutes: 150 }
				];
				for (const { row, entries, minutes } of logged) {
					const days = Math.max(
						1,
						Math.min(
							daysBetween(row.plannedStart!, today),
							daysBetween(row.plannedStart!, row.plannedEnd!)
						)
					);
					for (let k = 0; k < entries; k++) {
						const date = addDays(row.plannedStart!, Math.floor((k * days) / entries));
						await batches.add(hourEntry, {
							id: crypto.randomUUID(),
							bookingId: row.id,
							date,
							minutes,
							kind: pick(hourKinds),
							note: k % 5 === 0 ? 'Arbeit in der Werkstatt' : null,
							authorId: trainerId,
							requestKey: crypto.randomUUID(),
							createdAt: at(date, 16)
						});
						hourEntries++;
					}
				}

				for (const row of [entry, qualification]) {
					for (const text of ['Pünktlich sein', 'Pausen selbst einteilen']) {
						const goalId = crypto.randomUUID();
						const state =
							row.state === 'finished' ? 'reached' : pick(['not_started', 'working'] as const);
						await batches.add(goal, {
							id: goalId,
							participantId,
							bookingId: row.id,
							kind: 'agreed',
							text,
							state,
							version: state === 'not_started' ? 1 : 2,
							createdAt: row.createdAt,
							updatedAt: row.createdAt
						});
						await batches.add(goalEvent, {
							goalId,
							actorId: trainerId,
							at: row.createdAt,
							kind: 'created',
							toState: 'not_started',
							text
						});
						if (state !== 'not_started') {
							await batches.add(goalEvent, {
								goalId,
								actorId: trainerId,
								at: row.createdAt,
								kind: 'state_changed',
								fromState: 'not_started',
								toState: state
							});
						}
					}
				}
				const ownGoalId = crypto.randomUUID();
				await batches.add(goal, {
					id: ownGoalId,
					participantId,
					bookingId: null,
					kind: 'personal',
					text: 'Ich möchte im Lager arbeiten.',
					state: 'working',
					createdAt: qualification.createdAt,
					updatedAt: qualification.createdAt
				});
				await batches.add(goalEvent, {
					goalId: ownGoalId,
					actorId: participantId,
					at: qualification.createdAt,
					kind: 'created',
					toState: 'working',
					text: 'Ich möchte im Lager arbeiten.'
				});

				for (let k = 0; k < scaleSize.notesPerParticipant; k++) {
					const date = addDays(qualificationStart, k * 25);
					if (date > today) break;
					await batches.add(progressNote, {
						id: crypto.randomUUID(),
						bookingId: qualification.id,
						participantId,
						date,
						text: 'Heute gut mitgearbeitet. Die Pausen klappen besser.',
						authorId: trainerId,
						requestKey: crypto.randomUUID(),
						createdAt: at(date, 17)
					});
				}

				const talkIds: string[] = [];
				for (let k = 0; k < scaleSize.talksPerParticipant; k++) {
					const heldOn = addDays(qualificationStart, 30 + k * 56);
					if (heldOn > today) break;
					const id = crypto.randomUUID();
					talkIds.push(id);
					await batches.add(reflectionTalk, {
						id,
						participantId,
						bookingId: qualification.id,
						heldOn,
						nextOn: addDays(heldOn, 56),
						recordedBy: trainerId,
						createdAt: at(heldOn, 15)
					});
				}
				for (let k = 0; k < scaleSize.feedbackPerParticipant && k < talkIds.length; k++) {
					const id = crypto.randomUUID();
					const answered = k === 0;
					const givenAt = addDays(qualificationStart, 31 + k * 56);
					await batches.add(feedback, {
						id,
						participantId,
						providerId: each.id,
						bookingId: qualification.id,
						talkId: talkIds[k],
						rating: 1 + Math.floor(random() * 5),
						good: 'Die Arbeit im Garten',
						bad: k === 1 ? 'Der Bus ist oft zu spät' : '',
						wish: 'Mehr Pausen',
						state: answered ? 'answered' : 'open',
						version: answered ? 2 : 1,
						requestKey: crypto.randomUUID(),
						createdAt: at(givenAt, 9),
						updatedAt: at(givenAt, 9)
					});
					if (answered) {
						await batches.add(feedbackReply, {
							feedbackId: id,
							authorId: trainerId,
							text: 'Danke! Wir reden beim nächsten Gespräch darüber.',
							createdAt: at(givenAt, 12)
						});
					}
				}
			}
		}
		await batches.flush();
	});
	return {
		participants: scaleProviders.length * scaleSize.participantsPerProvider,
		staff,
		hourEntries
	};
}
