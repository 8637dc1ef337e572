import { readFileSync } from 'node:fs';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { agreedStates, type BookingState } from '$lib/domain/bookings';
import { reportListOrder, reportStates, type ReportState } from '$lib/domain/documents';
import type { Actor } from '$lib/server/access';
import { confirmBooking } from '$lib/server/bookings/decisions';
import { requestModules } from '$lib/server/bookings/requests';
import { getDb } from '$lib/server/db';
import { booking, finalReport, reportListEntry, user } from '$lib/server/db/schema';
import {
	finaliseReport,
	reportListCount,
	reportOverview,
	saveDraft,
	startCorrection,
	type ReportListEntry,
	type ReportListQuery
} from '$lib/server/documents/reports';
import {
	firstDraft,
	insertTestProviders,
	manyParticipants,
	ratedCoreSet,
	runningBooking,
	testPerson,
	testProvider,
	unique
} from '$test/fixtures';

/**
 * report_list_entry (migration 0016) is kept by triggers of migration 0017: these tests hold
 * it, and the lead's list read from it, to the list as the bookings and reports give it (the
 * query reportOverview ran before the table), after every kind of write.
 */
beforeAll(insertTestProviders);

const at = (iso: string) => new Date(iso);
const everything: ReportListQuery = { q: '', state: null, page: 1 };

/** The list as the bookings and reports give it: agreed with the provider, newest report. */
async function fromBookings(providerId: string): Promise<ReportListEntry[]> {
	const agreed = sql.join(
		agreedStates.map((state) => sql`${state}`),
		sql`, `
	);
	const rows = await (
		await getDb()
	).all<ReportListEntry>(sql`
		select u.id as participantId, u.display_name as participantName,
			r.version as latestVersion, r.state as latestState
		from user u left join final_report r on r.participant_id = u.id and r.provider_id = ${providerId}
			and r.version = (select max(version) from final_report
				where participant_id = u.id and provider_id = ${providerId})
		where u.id in (select participant_id from booking
			where provider_id = ${providerId} and state in (${agreed}))`);
	return inListOrder(rows);
}

/** Drafts, none, final (reportListOrder), then by name and id as SQLite orders text. */
function inListOrder(rows: ReportListEntry[]): ReportListEntry[] {
	const rank = (row: ReportListEntry) =>
		(reportListOrder as readonly string[]).indexOf(row.latestState ?? 'none');
	const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return [...rows].sort(
		(a, b) =>
			rank(a) - rank(b) ||
			byText(a.participantName, b.participantName) ||
			byText(a.participantId, b.participantId)
	);
}

/** What the table holds for the provider, in the list's order. */
async function kept(providerId: string): Promise<ReportListEntry[]> {
	return (await getDb())
		.select({
			participantId: reportListEntry.participantId,
			participantName: reportListEntry.participantName,
			latestVersion: reportListEntry.latestVersion,
			latestState: reportListEntry.latestState
		})
		.from(reportListEntry)
		.where(eq(reportListEntry.providerId, providerId))
		.orderBy(
			reportListEntry.listRank,
			reportListEntry.participantName,
			reportListEntry.participantId
		);
}

async function expectInStep(lead: Actor, providerId: string) {
	const expected = await fromBookings(providerId);
	expect(await kept(providerId)).toEqual(expected);
	expect((await reportOverview(lead, everything)).rows).toEqual(expected);
}

/** A booking written as it stands, past the services. */
async function stored(
	participant: Actor,
	state: BookingState,
	providerId: string | null,
	trainerId: string | null = null
): Promise<string> {
	const id = crypto.randomUUID();
	await (await getDb()).insert(booking).values({
		id,
		participantId: participant.id,
		moduleCode: 'entry',
		state,
		providerId,
		trainerId,
		requestKey: crypto.randomUUID(),
		updatedAt: new Date()
	});
	return id;
}

/** A first report version written as it stands, past the services. */
async function storedReport(
	participant: Actor,
	providerId: string,
	state: ReportState,
	author: Actor
): Promise<void> {
	await (await getDb()).insert(finalReport).values({
		id: crypto.randomUUID(),
		participantId: participant.id,
		providerId,
		version: 1,
		state,
		goals: [],
		icf: [],
		createdBy: author.id,
		updatedBy: author.id,
		updatedAt: new Date()
	});
}

async function rename(person: Actor, displayName: string) {
	await (await getDb()).update(user).set({ displayName }).where(eq(user.id, person.id));
}

const completeDraft = (revision: number) => ({
	revision,
	startingSituation: 'Am Anfang',
	course: 'Gut',
	goalTexts: {},
	icf: ratedCoreSet({ performance: '1', capacity: '0', qualifier: '1' }),
	recommendation: 'Weiter so'
});

describe('the report list’s table', () => {
	it('follows new bookings, state changes, report versions, finalising and renames', async () => {
		const providerId = await testProvider();
		const lead = await testPerson(unique('lea'), 'lead', providerId);
		const trainer = await testPerson(unique('tom'), 'trainer', providerId);
		const anna = await testPerson(unique('anna'), 'participant', null);
		const bert = await testPerson(unique('bert'), 'participant', null);
		await rename(anna, unique('Anna'));
		await rename(bert, unique('Bert'));
		const cast = { lead, trainer };
		await runningBooking({ ...cast, participant: anna }, { wishedProviderId: providerId });
		await expectInStep(lead, providerId);

		// A request is no agreement yet; confirming it puts Bert in the list.
		const request = await requestModules(
			bert,
			{
				moduleCodes: ['entry'],
				wishedStartMonth: '2027-01',
				wishedProviderId: providerId,
				message: null,
				requestKey: crypto.randomUUID()
			},
			at('2026-12-01T10:00:00Z')
		);
		if (!request.ok) throw new Error(request.reason);
		expect((await kept(providerId)).map((row) => row.participantId)).toEqual([anna.id]);
		const [requested] = await (
			await getDb()
		)
			.select({ version: booking.version })
			.from(booking)
			.where(eq(booking.id, request.bookingIds[0]!));
		const confirmed = await confirmBooking(
			lead,
			request.bookingIds[0]!,
			{
				version: requested!.version,
				plannedStart: '2027-01-04',
				plannedEnd: '2027-01-31',
				trainerId: trainer.id
			},
			at('2026-12-02T10:00:00Z')
		);
		expect(confirmed).toEqual({ ok: true });
		expect((await kept(providerId)).map((row) => row.participantId)).toEqual([anna.id, bert.id]);
		await expectInStep(lead, providerId);

		// A draft comes first, a final report last, a correction is a draft again.
		const draft = await saveDraft(trainer, bert.id, firstDraft(), at('2027-01-20T10:00:00Z'));
		if (!draft.ok) throw new Error(draft.reason);
		expect((await kept(providerId))[0]).toMatchObject({
			participantId: bert.id,
			latestVersion: 1,
			latestState: 'draft'
		});
		await expectInStep(lead, providerId);
		const complete = await saveDraft(
			trainer,
			bert.id,
			completeDraft(draft.revision),
			at('2027-01-21T10:00:00Z')
		);
		if (!complete.ok) throw new Error(complete.reason);
		expect(
			await finaliseReport(lead, bert.id, complete.revision, at('2027-01-22T10:00:00Z'))
		).toMatchObject({ ok: true });
		expect((await kept(providerId)).map((row) => [row.participantId, row.latestState])).toEqual([
			[anna.id, null],
			[bert.id, 'final']
		]);
		await expectInStep(lead, providerId);
		expect(await startCorrection(trainer, bert.id, at('2027-02-01T10:00:00Z'))).toMatchObject({
			ok: true
		});
		expect((await kept(providerId))[0]).toMatchObject({
			participantId: bert.id,
			latestVersion: 2,
			latestState: 'draft'
		});
		await expectInStep(lead, providerId);

		// A rename moves the person in the order and the search finds the new name.
		const aaron = unique('Aaron');
		await rename(anna, unique('Zora'));
		await rename(bert, aaron);
		await expectInStep(lead, providerId);
		const found = await reportOverview(lead, { ...everything, q: aaron });
		expect(found.rows.map((row) => [row.participantId, row.participantName])).toEqual([
			[bert.id, aaron]
		]);
	});

	it('keeps a person while one agreed booking with the provider is left', async () => {
		const providerId = await testProvider();
		const lead = await testPerson(unique('lea'), 'lead', providerId);
		const clara = await testPerson(unique('clara'), 'participant', null);
		const first = await stored(clara, 'running', providerId);
		const second = await stored(clara, 'confirmed', providerId);
		await stored(clara, 'requested', providerId);
		await expectInStep(lead, providerId);
		const db = await getDb();

		await db.update(booking).set({ state: 'withdrawn' }).where(eq(booking.id, second));
		expect(await kept(providerId)).toHaveLength(1);
		await db.update(booking).set({ state: 'finished' }).where(eq(booking.id, first));
		expect(await kept(providerId)).toHaveLength(1);
		await db.update(booking).set({ state: 'declined' }).where(eq(booking.id, first));
		expect(await kept(providerId)).toEqual([]);
		await expectInStep(lead, providerId);

		// Back to an agreed state, then to another provider: Clara moves with it.
		await db.update(booking).set({ state: 'running' }).where(eq(booking.id, first));
		await expectInStep(lead, providerId);
		await db.update(booking).set({ providerId: 'jh' }).where(eq(booking.id, first));
		expect(await kept(providerId)).toEqual([]);
		expect((await kept('jh')).map((row) => row.participantId)).toContain(clara.id);
		expect(await kept('jh')).toEqual(await fromBookings('jh'));
		await db.delete(booking).where(inArray(booking.id, [first, second]));
		expect((await kept('jh')).map((row) => row.participantId)).not.toContain(clara.id);
		await expectInStep(lead, providerId);
	});

	it('ranks each report state as reportListOrder does, in the column the migration made', async () => {
		// The CASE of report_list_entry.list_rank is frozen in migration 0016; a change of the
		// domain's order needs a new migration, and this fails until there is one.
		const providerId = await testProvider();
		const db = await getDb();
		const people = await manyParticipants('rank', reportStates.length + 1);
		const states = [null, ...reportStates];
		for (const [index, state] of states.entries()) {
			const person = people[index]!;
			await stored(person, 'running', providerId);
			if (state) await storedReport(person, providerId, state, person);
		}
		const rows = await db
			.select({ state: reportListEntry.latestState, rank: reportListEntry.listRank })
			.from(reportListEntry)
			.where(eq(reportListEntry.providerId, providerId));
		const order: readonly string[] = reportListOrder;
		expect(rows.map((row) => [row.state, row.rank]).sort()).toEqual(
			states.map((state) => [state, order.indexOf(state ?? 'none')]).sort()
		);
	});

	it('is filled from the bookings and reports when the migration runs on an existing database', async () => {
		const providerId = await testProvider();
		const lead = await testPerson(unique('lea'), 'lead', providerId);
		const trainer = await testPerson(unique('tom'), 'trainer', providerId);
		const people = await manyParticipants('fill', 3);
		for (const participant of people)
			await runningBooking({ participant, lead, trainer }, { wishedProviderId: providerId });
		const draft = await saveDraft(trainer, people[1]!.id, firstDraft(), at('2027-01-20T10:00Z'));
		expect(draft.ok).toBe(true);
		const before = await kept(providerId);
		expect(before).toEqual(await fromBookings(providerId));

		// The migration's first statement fills the table; run it on an emptied one.
		const migration = readFileSync('drizzle/0017_report_list_and_billing_triggers.sql', 'utf8');
		const [fill = ''] = migration.split('--> statement-breakpoint');
		const db = await getDb();
		await db.delete(reportListEntry);
		expect(await kept(providerId)).toEqual([]);
		await db.run(sql.raw(fill));
		expect(await kept(providerId)).toEqual(before);
	});
});

describe('the report list', () => {
	it('merges the provider’s people and those the lead trains elsewhere, in rank, name and id order', async () => {
		const providerId = await testProvider();
		const lead = await testPerson(unique('lea'), 'lead', providerId);
		const trainer = await testPerson(unique('tom'), 'trainer', providerId);
		const otherLead = await testPerson(unique('olga'), 'lead', 'jh');
		const people = await manyParticipants('merge', 54);
		const db = await getDb();
		for (const person of people) await stored(person, 'running', providerId, trainer.id);
		// Two people of one name: the id decides.
		const twin = people[3]!;
		await rename(twin, people[2]!.displayName);
		// The lead trains Ida at Josefshaus, where her report is none of theirs; and Paul,
		// whose booking at the lead's provider lists him there once.
		const ida = await testPerson(unique('merge010'), 'participant', null);
		await stored(ida, 'running', 'jh', lead.id);
		await stored(people[5]!, 'finished', 'jh', lead.id);
		for (const [person, state] of [
			[people[7]!, 'draft'],
			[people[8]!, 'final'],
			[ida, 'draft']
		] as const)
			await storedReport(person, providerId, state, lead);

		const provider = await fromBookings(providerId);
		const idaRow = {
			participantId: ida.id,
			participantName: ida.displayName,
			latestVersion: 1,
			latestState: 'draft' as const
		};
		const all = inListOrder([...provider, idaRow]);
		// Drafts first: Ida's sorts among them by name.
		expect(all.slice(0, 2).map((row) => row.participantId)).toEqual([people[7]!.id, ida.id]);
		const first = await reportOverview(lead, everything);
		expect(first).toMatchObject({ total: 55, page: 1, pages: 2 });
		expect(first.rows).toEqual(all.slice(0, 50));
		const second = await reportOverview(lead, { ...everything, page: 2 });
		expect(second.rows).toEqual(all.slice(50));
		expect(second.rows.at(-1)!.participantId).toBe(people[8]!.id);
		expect((await reportListCount(lead, { q: '', state: null })).total).toBe(55);
		const twins = first.rows.filter((row) => row.participantName === people[2]!.displayName);
		expect(twins.map((row) => row.participantId)).toEqual([people[2]!.id, twin.id].sort());

		// The filter and the search, over both parts.
		const drafts = await reportOverview(lead, { ...everything, state: 'draft' });
		expect(drafts.rows.map((row) => row.participantId)).toEqual([people[7]!.id, ida.id]);
		expect((await reportListCount(lead, { q: '', state: 'none' })).total).toBe(52);
		const finals = await reportOverview(lead, { ...everything, state: 'final' });
		expect(finals.rows.map((row) => row.participantId)).toEqual([people[8]!.id]);
		const byName = await reportOverview(lead, { ...everything, q: ida.displayName.toUpperCase() });
		expect(byName.rows).toEqual([idaRow]);
		expect(byName.total).toBe(1);
		const search = people[12]!.displayName.slice(0, 8);
		const searched = await reportOverview(lead, { ...everything, q: search });
		expect(searched.rows.map((row) => row.participantId)).toEqual(
			all.filter((row) => row.participantName.startsWith(search)).map((row) => row.participantId)
		);

		// A trainer sees only the people they train; the other provider's lead none of these.
		const trained = await reportOverview(trainer, everything);
		expect(trained.total).toBe(54);
		expect(trained.rows).toEqual(provider.slice(0, 50));
		const otherIds = new Set(
			(await reportOverview(otherLead, { ...everything, q: 'merge' })).rows.map(
				(row) => row.participantId
			)
		);
		expect(otherIds.has(people[0]!.id)).toBe(false);
		// Ida and Paul are Josefshaus's people through their bookings there.
		expect(otherIds.has(ida.id)).toBe(true);
		const [idaThere] = (await reportOverview(otherLead, { ...everything, q: ida.displayName }))
			.rows;
		expect(idaThere).toMatchObject({ latestVersion: null, latestState: null });
		expect(
			await db
				.select({ id: reportListEntry.participantId })
				.from(reportListEntry)
				.where(
					and(eq(reportListEntry.providerId, providerId), eq(reportListEntry.participantId, ida.id))
				)
		).toEqual([]);
	});
});
