import { error } from '@sveltejs/kit';
import { and, asc, count, eq, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { berlinDate, type IsoDate } from '$lib/domain/dates';
import { noteDateProblem, noteThreads } from '$lib/domain/documents';
import type { Role, RoleWording } from '$lib/domain/roles';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { preparedQuery } from '$lib/server/db/prepared';
import { booking, progressNote, user } from '$lib/server/db/schema';
import { requireRole, type Actor } from '../access';
import {
	documentableBooking,
	type StaffBooking,
	writeOnBooking
} from '$lib/server/bookings/service';
import { writingLanguage } from '$lib/i18n/written-language';

export interface NoteView {
	id: string;
	bookingId: string;
	moduleCode: string;
	date: IsoDate;
	text: string;
	/** The language of the text and the reason. */
	lang: string;
	authorName: string;
	authorRole: Role;
	authorRoleWording: RoleWording;
	replacesId: string | null;
	reason: string | null;
	createdAt: Date;
}

/** A note with every earlier version of its words. */
export interface NoteThread {
	current: NoteView;
	earlier: NoteView[];
}

export type NoteResult =
	| { ok: true; noteId: string }
	| { ok: false; reason: 'date_in_future' | 'date_before_start' | 'changed_meanwhile' };

function selectNotes(db: Executor) {
	return db
		.select({
			id: progressNote.id,
			bookingId: progressNote.bookingId,
			moduleCode: booking.moduleCode,
			date: progressNote.date,
			text: progressNote.text,
			lang: progressNote.lang,
			authorName: user.displayName,
			authorRole: user.role,
			authorRoleWording: user.roleWording,
			replacesId: progressNote.replacesId,
			reason: progressNote.reason,
			createdAt: progressNote.createdAt
		})
		.from(progressNote)
		.innerJoin(booking, eq(progressNote.bookingId, booking.id))
		.innerJoin(user, eq(progressNote.authorId, user.id));
}

/** Every note about a participant, as threads. For the participant's own pages and downloads. */
export async function notesOfParticipant(
	db: Executor,
	participantId: string
): Promise<NoteThread[]> {
	return noteThreads(
		await selectNotes(db)
			.where(eq(progressNote.participantId, participantId))
			.orderBy(asc(progressNote.createdAt))
	);
}

/** The participant reads everything written about them. */
export async function ownNotes(actor: Actor): Promise<NoteThread[]> {
	const participant = requireRole(actor, ['participant']);
	return notesOfParticipant(await getDb(), participant.id);
}

const replacement = alias(progressNote, 'replacement');

/** The documents page counts the notes on every visit, so the count is built once. */
const noteCountOf = preparedQuery((db) =>
	db
		.select({ notes: count() })
		.from(progressNote)
		.where(
			and(
				eq(progressNote.participantId, sql.placeholder('participantId')),
				// A corrected note is one note: only its newest version counts (see noteThreads).
				notExists(
					db
						.select({ id: replacement.id })
						.from(replacement)
						.where(eq(replacement.replacesId, progressNote.id))
				)
			)
		)
		.prepare()
);

/** How many notes the participant's notes page lists, counted in SQL. */
export async function ownNoteCount(actor: Actor): Promise<number> {
	const participant = requireRole(actor, ['participant']);
	const [row] = await noteCountOf(await getDb()).all({ participantId: participant.id });
	return row?.notes ?? 0;
}

/** Staff: the notes of one booking they may see. */
export async function notesOfBooking(db: Executor, found: StaffBooking): Promise<NoteThread[]> {
	return noteThreads(
		await selectNotes(db)
			.where(eq(progressNote.bookingId, found.id))
			.orderBy(asc(progressNote.createdAt))
	);
}

/** A trainer (or the lead) writes a dated note on an agreed booking. */
export async function addNote(
	actor: Actor,
	bookingId: string,
	input: { date: IsoDate; text: string; requestKey: string },
	now: Date = new Date()
): Promise<NoteResult> {
	return writeOnBooking(
		actor,
		bookingId,
		documentableBooking,
		async (tx, found): Promise<NoteResult> => {
			const { staff } = found;
			const [repeated] = await tx
				.select({ id: progressNote.id })
				.from(progressNote)
				.where(
					and(
						eq(progressNote.participantId, found.participantId),
						eq(progressNote.requestKey, input.requestKey)
					)
				);
			if (repeated) return { ok: true, noteId: repeated.id };
			const problem = noteDateProblem(input.date, berlinDate(now), found.plannedStart);
			if (problem)
				return { ok: false, reason: problem === 'future' ? 'date_in_future' : 'date_before_start' };
			const id = crypto.randomUUID();
			await tx.insert(progressNote).values({
				id,
				bookingId: found.id,
				participantId: found.participantId,
				date: input.date,
				text: input.text,
				lang: writingLanguage(),
				authorId: staff.id,
				requestKey: input.requestKey,
				createdAt: now
			});
			return { ok: true, noteId: id };
		}
	);
}

/** One note of a booking (checked with `documentableBooking`), for the correction page. */
export async function noteForBooking(
	db: Executor,
	found: StaffBooking,
	noteId: string
): Promise<{ note: NoteView; replaced: boolean }> {
	const [note] = await selectNotes(db).where(
		and(eq(progressNote.id, noteId), eq(progressNote.bookingId, found.id))
	);
	if (!note) error(404, 'Not Found');
	const [successor] = await db
		.select({ id: progressNote.id })
		.from(progressNote)
		.where(eq(progressNote.replacesId, noteId));
	return { note, replaced: Boolean(successor) };
}

/**
 * A correction is a new note that replaces the old one; the old words stay in the history.
 * Only the current version can be corrected, so two corrections at once cannot both win.
 */
export async function correctNote(
	actor: Actor,
	noteId: string,
	input: { text: string; reason: string; requestKey: string },
	now: Date = new Date()
): Promise<NoteResult> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<NoteResult> => {
		const [old] = await tx.select().from(progressNote).where(eq(progressNote.id, noteId));
		if (!old) error(404, 'Not Found');
		await documentableBooking(tx, staff, old.bookingId);
		const [repeated] = await tx
			.select({ id: progressNote.id, replacesId: progressNote.replacesId })
			.from(progressNote)
			.where(
				and(
					eq(progressNote.participantId, old.participantId),
					eq(progressNote.requestKey, input.requestKey)
				)
			);
		// The same form sent again finds its correction; a key of some other note is a stale or forged form.
		if (repeated)
			return repeated.replacesId === old.id
				? { ok: true, noteId: repeated.id }
				: { ok: false, reason: 'changed_meanwhile' };
		const [successor] = await tx
			.select({ id: progressNote.id })
			.from(progressNote)
			.where(eq(progressNote.replacesId, old.id));
		if (successor) return { ok: false, reason: 'changed_meanwhile' };
		const id = crypto.randomUUID();
		await tx.insert(progressNote).values({
			id,
			bookingId: old.bookingId,
			participantId: old.participantId,
			date: old.date,
			text: input.text,
			lang: writingLanguage(),
			authorId: staff.id,
			replacesId: old.id,
			reason: input.reason,
			requestKey: input.requestKey,
			createdAt: now
		});
		return { ok: true, noteId: id };
	});
}
