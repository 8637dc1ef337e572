import { beforeAll, describe, expect, it } from 'vitest';
import {
	answerFeedback,
	correctTalk,
	giveFeedback,
	recordTalk
} from '$lib/server/feedback/service';
import { saveOwnPersonalGoal, updateAgreedGoal } from '$lib/server/goals/service';
import { correctHours, logHours } from '$lib/server/hours/service';
import { dataExport, type PortalExport } from '$lib/server/documents/export';
import { saveDraft } from '$lib/server/documents/reports';
import { ownDocumentation } from '$lib/server/documents/service';
import { staffBookingWorkspace } from '$lib/server/workspaces/staff-booking';
import {
	cast,
	firstDraft,
	firstGoal,
	firstNote,
	insertTestProviders,
	testPerson,
	unique
} from '$test/fixtures';

const at = (iso: string) => new Date(iso);

beforeAll(insertTestProviders);

// The export is a contract (README "GET /documents/export.json … returns", DESIGN.md "own
// data"): a change to its shape must show up here, not in somebody's import script.
describe('the JSON export', () => {
	it('holds a participant’s bookings, goals, hours, feedback, notes, reports and access log in the documented shape', async () => {
		const { participant, lead, trainer, entryId } = await cast();
		const logged = await logHours(
			trainer,
			entryId,
			{
				date: '2027-01-05',
				minutes: 120,
				kind: 'with_participant',
				note: 'Werkstatt',
				requestKey: crypto.randomUUID()
			},
			at('2027-01-05T16:00:00Z')
		);
		if (!logged.ok) throw new Error(logged.reason);
		const corrected = await correctHours(
			trainer,
			logged.entryId,
			{
				date: '2027-01-05',
				minutes: 90,
				kind: 'with_participant',
				note: 'Werkstatt',
				requestKey: crypto.randomUUID(),
				reason: 'Tippfehler'
			},
			at('2027-01-06T09:00:00Z')
		);
		if (!corrected.ok) throw new Error(corrected.reason);
		const goalId = await firstGoal(trainer, entryId);
		expect(
			await updateAgreedGoal(
				trainer,
				goalId,
				{ version: 1, state: 'working', progress: 'Jeden Tag um 8 Uhr da.' },
				at('2027-01-12T10:00:00Z')
			)
		).toEqual({ ok: true, goalId });
		const talk = await recordTalk(
			trainer,
			entryId,
			{ heldOn: '2027-01-15', nextOn: '2027-02-12', summary: 'Wie es im Garten geht' },
			at('2027-01-15T16:00:00Z')
		);
		if (!talk.ok) throw new Error(talk.reason);
		const talkCorrected = await correctTalk(
			trainer,
			talk.talkId,
			{
				version: 1,
				heldOn: '2027-01-15',
				nextOn: '2027-02-19',
				summary: 'Wie es im Garten geht',
				reason: 'Termin verschoben'
			},
			at('2027-01-16T09:00:00Z')
		);
		if (!talkCorrected.ok) throw new Error(talkCorrected.reason);
		const feedbackId = await giveFeedback(
			participant,
			{
				rating: 4,
				good: 'Die Arbeit im Garten',
				bad: '',
				wish: 'Mehr Pausen',
				bookingId: entryId,
				talkId: talk.talkId,
				requestKey: crypto.randomUUID()
			},
			at('2027-01-16T10:00:00Z')
		);
		expect(
			await answerFeedback(
				lead,
				feedbackId,
				{ version: 1, text: 'Danke!', close: false },
				at('2027-01-17T10:00:00Z')
			)
		).toEqual({ ok: true });
		const note = await firstNote(trainer, entryId);
		const draft = await saveDraft(
			trainer,
			participant.id,
			firstDraft(),
			at('2027-01-20T10:00:00Z')
		);
		if (!draft.ok) throw new Error(draft.reason);
		// Opening the staff booking page is what records a view.
		await staffBookingWorkspace(trainer, entryId, at('2027-01-21T10:00:00Z'));

		const exported: PortalExport = dataExport(
			await ownDocumentation(participant, at('2027-01-25T12:00:00Z'))
		);
		// Through JSON, as the download sends it: nothing in it is a Date or undefined.
		expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
		expect(Object.keys(exported).sort()).toEqual(
			[
				'format',
				'formatVersion',
				'exportedAt',
				'participant',
				'bookings',
				'goals',
				'hours',
				'feedback',
				'notes',
				'reports',
				'accessLog'
			].sort()
		);
		expect(exported).toEqual({
			format: 'passtgenau-portal-export',
			formatVersion: 1,
			exportedAt: '2027-01-25T12:00:00.000Z',
			participant: {
				id: participant.id,
				name: participant.displayName,
				username: participant.username
			},
			bookings: [
				{
					id: entryId,
					module: 'entry',
					state: 'running',
					requestedAt: '2026-12-01T10:00:00.000Z',
					wishedProvider: null,
					wishedStartMonth: '2027-01',
					message: null,
					provider: 'Lebenshilfe',
					trainer: trainer.displayName,
					plannedStart: '2027-01-04',
					plannedEnd: '2027-01-31',
					declineReason: null,
					reflectionTalks: [
						{
							id: talk.talkId,
							heldOn: '2027-01-15',
							nextOn: '2027-02-19',
							summary: 'Wie es im Garten geht',
							corrections: [
								{
									at: '2027-01-16T09:00:00.000Z',
									by: trainer.displayName,
									reason: 'Termin verschoben',
									before: {
										heldOn: '2027-01-15',
										nextOn: '2027-02-12',
										summary: 'Wie es im Garten geht'
									}
								}
							]
						}
					]
				}
			],
			goals: [
				{
					id: goalId,
					kind: 'agreed',
					module: 'entry',
					text: 'Pünktlich sein',
					state: 'working',
					createdAt: '2027-01-05T10:00:00.000Z',
					history: [
						{
							at: '2027-01-05T10:00:00.000Z',
							by: trainer.displayName,
							role: 'trainer',
							kind: 'created',
							fromState: null,
							toState: 'not_started',
							text: 'Pünktlich sein',
							reason: null
						},
						{
							at: '2027-01-12T10:00:00.000Z',
							by: trainer.displayName,
							role: 'trainer',
							kind: 'state_changed',
							fromState: 'not_started',
							toState: 'working',
							text: null,
							reason: null
						},
						{
							at: '2027-01-12T10:00:00.000Z',
							by: trainer.displayName,
							role: 'trainer',
							kind: 'progress',
							fromState: null,
							toState: null,
							text: 'Jeden Tag um 8 Uhr da.',
							reason: null
						}
					]
				}
			],
			hours: [
				{
					bookingId: entryId,
					module: 'entry',
					capKind: 'total',
					capMinutes: 48 * 60,
					usedMinutes: 90,
					months: [{ month: '2027-01', minutes: 90 }],
					entries: [
						{
							id: logged.entryId,
							date: '2027-01-05',
							minutes: 120,
							kind: 'with_participant',
							note: 'Werkstatt',
							by: trainer.displayName,
							replaces: null,
							cancellation: false,
							reason: null,
							writtenAt: '2027-01-05T16:00:00.000Z'
						},
						{
							id: corrected.entryId,
							date: '2027-01-05',
							minutes: 90,
							kind: 'with_participant',
							note: 'Werkstatt',
							by: trainer.displayName,
							replaces: logged.entryId,
							cancellation: false,
							reason: 'Tippfehler',
							writtenAt: '2027-01-06T09:00:00.000Z'
						}
					]
				}
			],
			feedback: [
				{
					id: feedbackId,
					givenAt: '2027-01-16T10:00:00.000Z',
					module: 'entry',
					talkHeldOn: '2027-01-15',
					rating: 4,
					good: 'Die Arbeit im Garten',
					bad: '',
					wish: 'Mehr Pausen',
					state: 'answered',
					changeNote: null,
					answers: [
						{ by: lead.displayName, text: 'Danke!', closes: false, at: '2027-01-17T10:00:00.000Z' }
					]
				}
			],
			notes: [
				{
					id: note.noteId,
					bookingId: entryId,
					module: 'entry',
					date: '2027-01-05',
					text: 'Erster Tag.',
					by: trainer.displayName,
					role: 'trainer',
					writtenAt: '2027-01-05T15:00:00.000Z',
					correctionReason: null,
					earlierVersions: []
				}
			],
			reports: [
				{
					id: draft.reportId,
					version: 1,
					state: 'draft',
					provider: 'Lebenshilfe',
					writtenBy: trainer.displayName,
					startingSituation: 'Am Anfang',
					course: '',
					goals: [{ goal: 'Pünktlich sein', state: 'working', attainment: '' }],
					icf: [],
					recommendation: '',
					participantComment: null,
					finalisedBy: null,
					finalisedAt: null
				}
			],
			accessLog: [
				{
					at: '2027-01-21T10:00:00.000Z',
					action: 'viewed',
					document: 'documentation',
					by: trainer.displayName,
					role: 'trainer',
					shareLink: null
				}
			]
		} satisfies Record<keyof PortalExport, unknown>);
	});

	it('holds every own goal of a participant who has several, each with its own history', async () => {
		const participant = await testPerson(unique('pia'), 'participant', null);
		for (const text of ['Im Lager arbeiten', 'Allein Bus fahren', 'Kochen lernen']) {
			const saved = await saveOwnPersonalGoal(participant, { goalId: null, text });
			if (!saved.ok) throw new Error(saved.reason);
		}
		const exported = dataExport(await ownDocumentation(participant));
		expect(
			exported.goals.map((goal) => [goal.kind, goal.text, goal.history.map((event) => event.text)])
		).toEqual([
			['personal', 'Im Lager arbeiten', ['Im Lager arbeiten']],
			['personal', 'Allein Bus fahren', ['Allein Bus fahren']],
			['personal', 'Kochen lernen', ['Kochen lernen']]
		]);
	});
});
