/**
 * What the booking services share: how a booking is read, the one access check per booking
 * (`bookingFor`, `staffBooking`), and the facts the rules of domain/bookings.ts work on.
 * Routes import from ./service.ts, not from here.
 */
import { error } from '@sveltejs/kit';
import { and, asc, eq, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { BookingCorrection, BookingFacts, BookingState } from '$lib/domain/bookings';
import { allModules, findModule, type ModuleDefinition } from '$lib/domain/catalogue';
import type { IsoDate, IsoMonth } from '$lib/domain/dates';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { booking, bookingEvent, provider, user } from '$lib/server/db/schema';
import {
	mayDocumentBooking,
	requestConcernsLead,
	requireRole,
	staffMaySeeBooking,
	type Actor,
	type BookingAccessFacts
} from '../access';

/** The module every participant starts with; the catalogue marks exactly one. */
export function mandatoryModuleCode(): string {
	const mandatory = allModules().find((module) => module.mandatory);
	if (!mandatory) throw new Error('The catalogue has no mandatory module');
	return mandatory.code;
}

export function bookableModule(code: string): ModuleDefinition {
	const module = findModule(code);
	if (!module) error(404, 'Not Found');
	return module;
}

export const wishedProvider = alias(provider, 'wished_provider');
const agreedProvider = alias(provider, 'agreed_provider');
export const trainer = alias(user, 'trainer');
export const participantUser = alias(user, 'participant');
/** The trainers before and after a correction, in a booking's history. */
const fromTrainer = alias(user, 'from_trainer');
const toTrainer = alias(user, 'to_trainer');

const bookingColumns = {
	id: booking.id,
	participantId: booking.participantId,
	participantName: participantUser.displayName,
	moduleCode: booking.moduleCode,
	state: booking.state,
	wishedProviderId: booking.wishedProviderId,
	wishedProviderName: wishedProvider.name,
	wishedStartMonth: booking.wishedStartMonth,
	message: booking.message,
	providerId: booking.providerId,
	providerName: agreedProvider.name,
	trainerId: booking.trainerId,
	trainerName: trainer.displayName,
	plannedStart: booking.plannedStart,
	plannedEnd: booking.plannedEnd,
	declineReason: booking.declineReason,
	requestKey: booking.requestKey,
	version: booking.version,
	isNew: booking.unseenByParticipant,
	createdAt: booking.createdAt,
	updatedAt: booking.updatedAt
};

export interface BookingView {
	id: string;
	participantId: string;
	participantName: string;
	moduleCode: string;
	state: BookingState;
	wishedProviderId: string | null;
	wishedProviderName: string | null;
	wishedStartMonth: IsoMonth | null;
	message: string | null;
	providerId: string | null;
	providerName: string | null;
	trainerId: string | null;
	trainerName: string | null;
	plannedStart: IsoDate | null;
	plannedEnd: IsoDate | null;
	declineReason: string | null;
	requestKey: string;
	version: number;
	isNew: boolean;
	createdAt: Date;
	updatedAt: Date;
}

export interface BookingHistoryEntry {
	at: Date;
	actorName: string;
	actorRole: Actor['role'];
	fromState: BookingState | null;
	toState: BookingState;
	reason: string | null;
	/** Set for a correction of the dates or the trainer; the state then stays as it was. */
	correction: BookingCorrection | null;
	fromStart: IsoDate | null;
	toStart: IsoDate | null;
	fromEnd: IsoDate | null;
	toEnd: IsoDate | null;
	fromTrainerName: string | null;
	toTrainerName: string | null;
}

/** A correction in a booking's history. */
export type BookingCorrectionView = BookingHistoryEntry & { correction: BookingCorrection };

export function isCorrection(entry: BookingHistoryEntry): entry is BookingCorrectionView {
	return entry.correction !== null;
}

export function selectBookings(db: Executor) {
	return db
		.select(bookingColumns)
		.from(booking)
		.innerJoin(participantUser, eq(booking.participantId, participantUser.id))
		.leftJoin(wishedProvider, eq(booking.wishedProviderId, wishedProvider.id))
		.leftJoin(agreedProvider, eq(booking.providerId, agreedProvider.id))
		.leftJoin(trainer, eq(booking.trainerId, trainer.id));
}

async function findBooking(db: Executor, bookingId: string): Promise<BookingView | undefined> {
	const [row] = await selectBookings(db).where(eq(booking.id, bookingId));
	return row;
}

/**
 * The booking, when `mayOpen` (a rule of access.ts) lets this person open it; 404 otherwise,
 * the same answer as for a wrong id, so nobody learns that someone else's booking exists.
 */
export async function bookingFor(
	db: Executor,
	actor: Actor,
	bookingId: string,
	mayOpen: (actor: Actor, booking: BookingView) => boolean
): Promise<BookingView> {
	const found = await findBooking(db, bookingId);
	if (!found || !mayOpen(actor, found)) error(404, 'Not Found');
	return found;
}

/** What the history of a booking shows of each event: who, when, and what changed. */
const historyColumns = {
	at: bookingEvent.at,
	actorName: user.displayName,
	actorRole: user.role,
	fromState: bookingEvent.fromState,
	toState: bookingEvent.toState,
	reason: bookingEvent.reason,
	correction: bookingEvent.correction,
	fromStart: bookingEvent.fromStart,
	toStart: bookingEvent.toStart,
	fromEnd: bookingEvent.fromEnd,
	toEnd: bookingEvent.toEnd,
	fromTrainerName: fromTrainer.displayName,
	toTrainerName: toTrainer.displayName
};

export async function historyOf(bookingId: string): Promise<BookingHistoryEntry[]> {
	const db = await getDb();
	return db
		.select(historyColumns)
		.from(bookingEvent)
		.innerJoin(user, eq(bookingEvent.actorId, user.id))
		.leftJoin(fromTrainer, eq(bookingEvent.fromTrainerId, fromTrainer.id))
		.leftJoin(toTrainer, eq(bookingEvent.toTrainerId, toTrainer.id))
		.where(eq(bookingEvent.bookingId, bookingId))
		.orderBy(asc(bookingEvent.at), asc(bookingEvent.id));
}

declare const checked: unique symbol;

/**
 * A booking a staff member may see, and who they are. Only `staffBooking` makes one, so the
 * services that take it (goals, hours, talks, notes of one booking) need no check of their own
 * and a page checks access once.
 */
export type StaffBooking = BookingView & { readonly staff: Actor; readonly [checked]: true };

/**
 * The booking, when this staff member may see it; 404 otherwise (as for a wrong id). The
 * request page passes `requestConcernsLead` instead, and shows a decided request's details
 * only when the lead also decides or runs it.
 */
export async function staffBooking(
	db: Executor,
	actor: Actor,
	bookingId: string,
	mayOpen: typeof staffMaySeeBooking | typeof requestConcernsLead = staffMaySeeBooking
): Promise<StaffBooking> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const found = await bookingFor(db, staff, bookingId, mayOpen);
	// The mark exists only for the type checker: nothing outside this file can make one.
	return { ...found, staff } as StaffBooking;
}

/** What access to this participant's data depends on: all their bookings' access facts. */
export async function participantAccessFacts(
	db: Executor,
	participantId: string
): Promise<BookingAccessFacts[]> {
	return db
		.select({
			participantId: booking.participantId,
			state: booking.state,
			wishedProviderId: booking.wishedProviderId,
			providerId: booking.providerId,
			trainerId: booking.trainerId
		})
		.from(booking)
		.where(eq(booking.participantId, participantId));
}

/** The booking, when this staff member may write documentation on it (agreed, theirs); 404 or 403 otherwise. */
export async function documentableBooking(
	db: Executor,
	actor: Actor,
	bookingId: string
): Promise<StaffBooking> {
	const found = await staffBooking(db, actor, bookingId);
	if (!mayDocumentBooking(actor, found)) error(403, 'Forbidden');
	return found;
}

/** The module and state of each of the participant's bookings, but `except` (the one being changed). */
export async function participantFacts(
	db: Executor,
	participantId: string,
	except?: BookingView
): Promise<BookingFacts[]> {
	return db
		.select({ moduleCode: booking.moduleCode, state: booking.state })
		.from(booking)
		.where(
			and(eq(booking.participantId, participantId), except ? ne(booking.id, except.id) : undefined)
		);
}

/**
 * A write on one booking: the access check (`staffBooking` or `documentableBooking`) runs
 * inside the write transaction, so the booking cannot change between the check and the write.
 */
export async function writeOnBooking<T>(
	actor: Actor,
	bookingId: string,
	check: typeof staffBooking | typeof documentableBooking,
	write: (tx: Executor, found: StaffBooking) => Promise<T>
): Promise<T> {
	const db = await getDb();
	return db.transaction(async (tx) => write(tx, await check(tx, actor, bookingId)));
}
