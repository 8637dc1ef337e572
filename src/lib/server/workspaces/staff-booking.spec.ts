import { beforeAll, describe, expect, it } from 'vitest';
import { cast, insertTestProviders, runningBooking } from '$test/fixtures';
import { addNote } from '$lib/server/documents/notes';
import { ownAccessLog } from '$lib/server/documents/audit';
import { logHours } from '$lib/server/hours/service';
import {
	hourCorrectionWorkspace,
	noteCorrectionWorkspace,
	staffBookingWorkspace
} from './staff-booking';

const at = (iso: string) => new Date(iso);

beforeAll(insertTestProviders);

async function loggedEntry(actor: Parameters<typeof logHours>[0], bookingId: string) {
	const result = await logHours(
		actor,
		bookingId,
		{
			date: '2027-01-05',
			minutes: 90,
			kind: 'with_participant',
			note: null,
			requestKey: crypto.randomUUID()
		},
		at('2027-01-06T10:00:00Z')
	);
	if (!result.ok) throw new Error(result.reason);
	return result.entryId;
}

describe('staff booking workspaces', () => {
	it('show the booking page to its trainer, log the look, and answer 404 to anyone else', async () => {
		const people = await cast();
		await loggedEntry(people.trainer, people.entryId);
		const page = await staffBookingWorkspace(
			people.trainer,
			people.entryId,
			at('2027-01-07T09:00:00Z')
		);
		expect(page.booking.id).toBe(people.entryId);
		expect(page.hours.usedMinutes).toBe(90);
		expect(page.notes.writable).toBe(true);
		expect(page.booking).not.toHaveProperty('staff');
		const log = await ownAccessLog(people.participant);
		expect(log.map((entry) => entry.actorName)).toContain(people.trainer.displayName);
		for (const stranger of [people.idleTrainer, people.otherLead, people.otherTrainer]) {
			await expect(staffBookingWorkspace(stranger, people.entryId)).rejects.toMatchObject({
				status: 404
			});
		}
	});

	it('open an hour entry only under its own booking', async () => {
		const people = await cast();
		const entryId = await loggedEntry(people.trainer, people.entryId);
		const page = await hourCorrectionWorkspace(
			people.trainer,
			people.entryId,
			entryId,
			at('2027-01-07T09:00:00Z')
		);
		expect(page.entry.id).toBe(entryId);
		expect(page.replaced).toBe(false);
		const otherBooking = await runningBooking(people, {
			moduleCode: 'qualification',
			plannedStart: '2027-02-01',
			plannedEnd: '2027-07-31',
			startedAt: at('2027-02-01T08:00:00Z')
		});
		await expect(
			hourCorrectionWorkspace(people.trainer, otherBooking, entryId)
		).rejects.toMatchObject({
			status: 404
		});
		await expect(
			hourCorrectionWorkspace(people.otherLead, people.entryId, entryId)
		).rejects.toMatchObject({
			status: 404
		});
	});

	it('open a note for correction only for who may document the booking', async () => {
		const people = await cast();
		const added = await addNote(
			people.trainer,
			people.entryId,
			{ date: '2027-01-05', text: 'Gut angefangen', requestKey: crypto.randomUUID() },
			at('2027-01-06T10:00:00Z')
		);
		if (!added.ok) throw new Error(added.reason);
		const page = await noteCorrectionWorkspace(people.trainer, people.entryId, added.noteId);
		expect(page.note.text).toBe('Gut angefangen');
		await expect(
			noteCorrectionWorkspace(people.otherTrainer, people.entryId, added.noteId)
		).rejects.toMatchObject({ status: 404 });
	});
});
