import { staffBookingWorkspace } from '$lib/server/workspaces/staff-booking';
import { beforeAll, describe, expect, it } from 'vitest';
import { ownAccessLog } from '$lib/server/documents/audit';
import { getDb } from '../db';
import { addNote, correctNote, ownNoteCount, ownNotes } from '$lib/server/documents/notes';
import {
	commentOnOwnReport,
	finaliseReport,
	ownReportStates,
	ownReports,
	reportWorkspace,
	saveDraft,
	startCorrection
} from '$lib/server/documents/reports';
import {
	createShareLink,
	findSharedDocument,
	ownShareLinks,
	recordSharedOpening,
	revokeOwnShareLink
} from '$lib/server/documents/sharing';
import {
	cast,
	firstDraft,
	firstNote,
	insertTestProviders,
	ratedCoreSet,
	testPerson,
	unique
} from '$test/fixtures';

const at = (iso: string) => new Date(iso);
const day = 24 * 60 * 60 * 1000;

beforeAll(insertTestProviders);

/** Fresh people with a running Einstiegsphase, and a participant who has nothing to do with it. */
async function documented() {
	const { participant, lead, trainer, otherLead: foreignLead, entryId: bookingId } = await cast();
	const other = await testPerson(unique('otto'), 'participant', null);
	return { participant, other, lead, trainer, foreignLead, bookingId };
}

describe('progress notes', () => {
	it('keeps the earlier words when a note is corrected, and refuses a second correction of the same version', async () => {
		const { participant, other, lead, trainer, bookingId } = await documented();
		const added = await firstNote(trainer, bookingId);
		const corrected = await correctNote(
			trainer,
			added.noteId,
			{ text: 'Erster Tag, gut geklappt.', reason: 'genauer', requestKey: crypto.randomUUID() },
			at('2027-01-06T09:00:00Z')
		);
		expect(corrected.ok).toBe(true);
		const again = await correctNote(
			lead,
			added.noteId,
			{ text: 'Anders.', reason: 'x', requestKey: crypto.randomUUID() },
			at('2027-01-06T10:00:00Z')
		);
		expect(again).toEqual({ ok: false, reason: 'changed_meanwhile' });
		const [thread] = await ownNotes(participant);
		expect(thread!.current.text).toBe('Erster Tag, gut geklappt.');
		expect(thread!.earlier.map((note) => note.text)).toEqual(['Erster Tag.']);
		expect(await ownNotes(other)).toEqual([]);
		// The documents page counts what the notes page lists: a corrected note once.
		await firstNote(trainer, bookingId);
		expect(await ownNoteCount(participant)).toBe(2);
		expect(await ownNoteCount(participant)).toBe((await ownNotes(participant)).length);
		expect(await ownNoteCount(other)).toBe(0);
	});

	it('refuses a day in the future or before the booking began, and staff of the other provider', async () => {
		const { trainer, foreignLead, bookingId } = await documented();
		const noteOn = (date: string) =>
			addNote(
				trainer,
				bookingId,
				{ date, text: 'x', requestKey: crypto.randomUUID() },
				at('2027-01-06T10:00:00Z')
			);
		expect(await noteOn('2027-01-07')).toEqual({ ok: false, reason: 'date_in_future' });
		expect(await noteOn('2027-01-03')).toEqual({ ok: false, reason: 'date_before_start' });
		await expect(staffBookingWorkspace(foreignLead, bookingId)).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('final report', () => {
	it('cannot be final while required parts are empty, and names them', async () => {
		const { participant, lead, trainer } = await documented();
		const saved = await saveDraft(
			trainer,
			participant.id,
			firstDraft(),
			at('2027-01-20T10:00:00Z')
		);
		if (!saved.ok) throw new Error(saved.reason);
		const result = await finaliseReport(
			lead,
			participant.id,
			saved.revision,
			at('2027-01-21T10:00:00Z')
		);
		expect(result.ok).toBe(false);
		if (result.ok || result.reason !== 'incomplete') throw new Error('expected incomplete');
		const parts = result.missing.map((part) => (part.part === 'icf' ? part.code : part.part));
		expect(parts).toContain('course');
		expect(parts).toContain('recommendation');
		expect(parts).toContain('d845');
		expect(parts).not.toContain('startingSituation');
	});

	it('takes the participant’s comment while a draft, then becomes final and never changes; a correction is a new version', async () => {
		const { participant, other, lead, trainer, foreignLead } = await documented();
		const icf = ratedCoreSet({ performance: '1', capacity: '0', qualifier: '1' });
		const first = await saveDraft(
			trainer,
			participant.id,
			firstDraft(),
			at('2027-01-20T10:00:00Z')
		);
		if (!first.ok) throw new Error(first.reason);
		const current = (await reportWorkspace(trainer, participant.id, at('2027-01-22T09:00:00Z')))
			.versions[0]!;
		expect(current.revision).toBe(first.revision);
		const saved = await saveDraft(
			trainer,
			participant.id,
			{
				revision: current.revision,
				startingSituation: 'Am Anfang',
				course: 'Gut',
				goalTexts: {},
				icf,
				recommendation: 'Weiter so'
			},
			at('2027-01-22T10:00:00Z')
		);
		if (!saved.ok) throw new Error(saved.reason);
		expect(
			await commentOnOwnReport(
				participant,
				saved.reportId,
				'Ich bin einverstanden.',
				at('2027-01-23T10:00:00Z')
			)
		).toEqual({ ok: true });
		await expect(commentOnOwnReport(other, saved.reportId, 'fremd')).rejects.toMatchObject({
			status: 404
		});
		// Only a lead finishes it.
		await expect(finaliseReport(trainer, participant.id, saved.revision)).rejects.toMatchObject({
			status: 403
		});
		expect(
			await finaliseReport(lead, participant.id, saved.revision, at('2027-01-24T10:00:00Z'))
		).toEqual({ ok: true, reportId: saved.reportId });
		expect(
			await commentOnOwnReport(participant, saved.reportId, 'Später', at('2027-01-25T10:00:00Z'))
		).toEqual({ ok: false, reason: 'already_final' });
		expect(
			await saveDraft(trainer, participant.id, {
				revision: saved.revision + 1,
				startingSituation: 'Neu',
				course: '',
				goalTexts: {},
				icf: [],
				recommendation: ''
			})
		).toEqual({ ok: false, reason: 'already_final' });

		const correction = await startCorrection(trainer, participant.id, at('2027-02-01T10:00:00Z'));
		expect(correction.ok).toBe(true);
		const versions = await ownReports(participant);
		expect(versions.map((report) => [report.version, report.state])).toEqual([
			[2, 'draft'],
			[1, 'final']
		]);
		expect(await ownReportStates(participant)).toEqual(['draft', 'final']);
		expect(versions[1]!.participantComment).toBe('Ich bin einverstanden.');
		expect(versions[0]!.participantComment).toBeNull();
		// Staff of the other provider do not reach the report.
		await expect(reportWorkspace(foreignLead, participant.id)).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('share links', () => {
	it('open until they expire, by the clock they are checked at, and not after revoke', async () => {
		const { participant, other } = await documented();
		const created = at('2027-02-01T10:00:00Z');
		const link = await createShareLink(
			participant,
			{ document: 'documentation', days: 7, label: 'Amt', requestKey: crypto.randomUUID() },
			created
		);
		if (!link.ok) throw new Error(link.reason);
		expect(
			await findSharedDocument(link.token, new Date(created.getTime() + 7 * day - 1))
		).toMatchObject({ participantId: participant.id });
		expect(await findSharedDocument(link.token, new Date(created.getTime() + 7 * day))).toBeNull();
		const tampered = link.token.slice(0, -1) + (link.token.endsWith('a') ? 'b' : 'a');
		expect(await findSharedDocument(tampered, created)).toBeNull();

		const shared = (await findSharedDocument(link.token, created))!;
		await recordSharedOpening(shared, at('2027-02-02T10:00:00Z'));
		const [listed] = await ownShareLinks(participant, at('2027-02-02T11:00:00Z'));
		expect(listed).toMatchObject({ openCount: 1, state: 'active', label: 'Amt' });
		const log = await ownAccessLog(participant);
		expect(log[0]).toMatchObject({
			action: 'downloaded',
			document: 'documentation',
			actorName: null,
			shareLabel: 'Amt'
		});

		await revokeOwnShareLink(participant, link.linkId, at('2027-02-03T10:00:00Z'));
		expect(await findSharedDocument(link.token, at('2027-02-03T10:00:01Z'))).toBeNull();
		await expect(revokeOwnShareLink(other, link.linkId)).rejects.toMatchObject({ status: 404 });
	});

	it('a repeated submission gives the same link a new token, so only the newest token opens it', async () => {
		const { participant } = await documented();
		const requestKey = crypto.randomUUID();
		const first = await createShareLink(
			participant,
			{ document: 'documentation', days: 30, label: '', requestKey },
			at('2027-02-01T10:00:00Z')
		);
		const second = await createShareLink(
			participant,
			{ document: 'documentation', days: 30, label: '', requestKey },
			at('2027-02-01T10:00:01Z')
		);
		if (!first.ok || !second.ok) throw new Error('refused');
		expect(second.linkId).toBe(first.linkId);
		expect(await findSharedDocument(first.token, at('2027-02-02T10:00:00Z'))).toBeNull();
		expect(await findSharedDocument(second.token, at('2027-02-02T10:00:00Z'))).not.toBeNull();
	});

	it('only stores a hash of the token', async () => {
		const { participant } = await documented();
		const link = await createShareLink(
			participant,
			{ document: 'documentation', days: 7, label: '', requestKey: crypto.randomUUID() },
			at('2027-02-01T10:00:00Z')
		);
		if (!link.ok) throw new Error(link.reason);
		const rows = await (await getDb()).query.shareLink.findMany();
		expect(JSON.stringify(rows)).not.toContain(link.token);
	});

	it('logs a staff view once per hour', async () => {
		const { participant, trainer } = await documented();
		await reportWorkspace(trainer, participant.id, at('2027-03-01T10:00:00Z'));
		await reportWorkspace(trainer, participant.id, at('2027-03-01T10:30:00Z'));
		await reportWorkspace(trainer, participant.id, at('2027-03-01T11:30:00Z'));
		const views = (await ownAccessLog(participant)).filter(
			(entry) => entry.actorName === trainer.displayName && entry.at >= at('2027-03-01T00:00:00Z')
		);
		expect(views).toHaveLength(2);
	});
});
