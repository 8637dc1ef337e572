import { error } from '@sveltejs/kit';
import { and, asc, desc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
	allowedEndDates,
	allowedStartDates,
	confirmRefusal,
	isOpen,
	isWithin,
	needsConfirmation,
	requestRefusal,
	staffTransitions,
	withdrawRefusal,
	type BookingFacts,
	type BookingState,
	type ConfirmRefusal,
	type DateRange,
	type RequestRefusal,
	type WithdrawRefusal
} from '$lib/domain/bookings';
import { allModules, findModule, type ModuleDefinition } from '$lib/domain/catalogue';
import { berlinDate, type IsoDate, type IsoMonth } from '$lib/domain/dates';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { booking, bookingEvent, provider, user } from '$lib/server/db/schema';
import {
	mayDecideRequest,
	mayDocumentBooking,
	mayManageBooking,
	participantMaySeeBooking,
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

function bookableModule(code: string): ModuleDefinition {
	const module = findModule(code);
	if (!module) error(404, 'Not Found');
	return module;
}

// ---------------------------------------------------------------------------------------
// Reading

const wishedProvider = alias(provider, 'wished_provider');
const agreedProvider = alias(provider, 'agreed_provider');
const trainer = alias(user, 'trainer');
const participant = alias(user, 'participant');

const bookingColumns = {
	id: booking.id,
	participantId: booking.participantId,
	participantName: participant.displayName,
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
}

function selectBookings(db: Executor) {
	return db
		.select(bookingColumns)
		.from(booking)
		.innerJoin(participant, eq(booking.participantId, participant.id))
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
async function bookingFor(
	db: Executor,
	actor: Actor,
	bookingId: string,
	mayOpen: (actor: Actor, booking: BookingView) => boolean
): Promise<BookingView> {
	const found = await findBooking(db, bookingId);
	if (!found || !mayOpen(actor, found)) error(404, 'Not Found');
	return found;
}

async function historyOf(bookingId: string): Promise<BookingHistoryEntry[]> {
	const db = await getDb();
	return db
		.select({
			at: bookingEvent.at,
			actorName: user.displayName,
			actorRole: user.role,
			fromState: bookingEvent.fromState,
			toState: bookingEvent.toState,
			reason: bookingEvent.reason
		})
		.from(bookingEvent)
		.innerJoin(user, eq(bookingEvent.actorId, user.id))
		.where(eq(bookingEvent.bookingId, bookingId))
		.orderBy(asc(bookingEvent.at), asc(bookingEvent.id));
}

/** The booking row, when this staff member may see it; 404 otherwise. For goals and hours. */
export async function bookingRowForStaff(
	db: Executor,
	actor: Actor,
	bookingId: string
): Promise<typeof booking.$inferSelect> {
	const [found] = await db.select().from(booking).where(eq(booking.id, bookingId));
	if (!found || !staffMaySeeBooking(actor, found)) error(404, 'Not Found');
	return found;
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

/** The participant's own bookings, newest first. */
export async function listOwnBookings(actor: Actor): Promise<BookingView[]> {
	const participantActor = requireRole(actor, ['participant']);
	const db = await getDb();
	return selectBookings(db)
		.where(eq(booking.participantId, participantActor.id))
		.orderBy(desc(booking.createdAt));
}

/** One of the participant's own bookings with its history; anybody else's answers 404. */
export async function getOwnBooking(
	actor: Actor,
	bookingId: string
): Promise<{ booking: BookingView; history: BookingHistoryEntry[] }> {
	requireRole(actor, ['participant']);
	const found = await bookingFor(await getDb(), actor, bookingId, participantMaySeeBooking);
	return { booking: found, history: await historyOf(found.id) };
}

/** The participant has looked at their bookings (or at one): no longer "Neu". */
export async function markOwnBookingsSeen(actor: Actor, bookingId?: string): Promise<void> {
	requireRole(actor, ['participant']);
	const db = await getDb();
	await db
		.update(booking)
		.set({ unseenByParticipant: false })
		.where(
			and(
				eq(booking.participantId, actor.id),
				eq(booking.unseenByParticipant, true),
				bookingId ? eq(booking.id, bookingId) : undefined
			)
		);
}

/** Open requests a lead may decide on: for their provider or with no wish; longest waiting first. */
export async function listOpenRequests(actor: Actor): Promise<BookingView[]> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return [];
	const db = await getDb();
	return selectBookings(db)
		.where(
			and(
				eq(booking.state, 'requested'),
				or(isNull(booking.wishedProviderId), eq(booking.wishedProviderId, lead.providerId))
			)
		)
		.orderBy(asc(booking.createdAt));
}

/** A lead's: every booking agreed with their provider. A trainer's: the bookings they train. */
export async function listStaffBookings(actor: Actor): Promise<BookingView[]> {
	const staff = requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	const mine =
		staff.role === 'lead' && staff.providerId
			? or(eq(booking.providerId, staff.providerId), eq(booking.trainerId, staff.id))
			: eq(booking.trainerId, staff.id);
	return selectBookings(db)
		.where(and(mine, ne(booking.state, 'requested')))
		.orderBy(asc(participant.displayName), asc(booking.plannedStart));
}

/**
 * Another booking of the same participant, as a staff member may see it: its module and state
 * when they may open it, otherwise only that it exists (state null), with nothing of its
 * provider, trainer, dates or message.
 */
export interface OtherBooking {
	moduleCode: string;
	state: BookingState | null;
}

export interface StaffBookingDetail {
	booking: BookingView;
	history: BookingHistoryEntry[];
	/** The participant's other bookings, so the lead sees where they stand. */
	otherBookings: OtherBooking[];
	mayDecide: boolean;
	mayManage: boolean;
}

/** The booking row, when this staff member may write documentation on it (agreed, theirs); 404 or 403 otherwise. */
export async function documentableBookingRow(
	db: Executor,
	actor: Actor,
	bookingId: string
): Promise<typeof booking.$inferSelect> {
	const found = await bookingRowForStaff(db, actor, bookingId);
	if (!mayDocumentBooking(actor, found)) error(403, 'Forbidden');
	return found;
}

export async function getBookingForStaff(
	actor: Actor,
	bookingId: string
): Promise<StaffBookingDetail> {
	requireRole(actor, ['trainer', 'lead']);
	const db = await getDb();
	const found = await bookingFor(db, actor, bookingId, staffMaySeeBooking);
	const others = await selectBookings(db)
		.where(and(eq(booking.participantId, found.participantId), ne(booking.id, found.id)))
		.orderBy(asc(booking.createdAt));
	return {
		booking: found,
		history: await historyOf(found.id),
		otherBookings: others.map((other) => ({
			moduleCode: other.moduleCode,
			state: staffMaySeeBooking(actor, other) ? other.state : null
		})),
		mayDecide: mayDecideRequest(actor, found),
		mayManage: mayManageBooking(actor, found)
	};
}

/** A request as its lead sees it: in full while it is open or agreed with their provider. */
export type RequestDetail =
	| ({ decided: false } & StaffBookingDetail)
	/** Decided or withdrawn, and not agreed with this lead's provider: only that, no details. */
	| {
			decided: true;
			request: { id: string; moduleCode: string; participantName: string; createdAt: Date };
	  };

/**
 * A lead who acted too late still learns what became of a request, but nothing more of a
 * booking another provider agreed.
 */
export async function getRequestForLead(actor: Actor, bookingId: string): Promise<RequestDetail> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	const found = await bookingFor(db, lead, bookingId, requestConcernsLead);
	if (!mayDecideRequest(lead, found) && !mayManageBooking(lead, found)) {
		const { id, moduleCode, participantName, createdAt } = found;
		return { decided: true, request: { id, moduleCode, participantName, createdAt } };
	}
	return { decided: false, ...(await getBookingForStaff(lead, bookingId)) };
}

/** Staff of the actor's provider who can train: its trainers and leads. */
export async function listOwnTrainers(
	actor: Actor
): Promise<{ id: string; displayName: string }[]> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return [];
	const db = await getDb();
	return db
		.select({ id: user.id, displayName: user.displayName })
		.from(user)
		.where(and(eq(user.providerId, lead.providerId), inArray(user.role, ['trainer', 'lead'])))
		.orderBy(asc(user.displayName));
}

// ---------------------------------------------------------------------------------------
// Participants ask and withdraw

export interface ModuleRequest {
	moduleCodes: string[];
	wishedStartMonth: IsoMonth;
	wishedProviderId: string | null;
	message: string | null;
	/** From the form, so pressing the button twice makes one request. */
	requestKey: string;
}

export type RequestResult =
	| { ok: true; bookingIds: string[] }
	| {
			ok: false;
			reason: RequestRefusal | 'unknown_provider' | 'nothing_to_request';
			moduleCode?: string;
	  };

async function participantFacts(db: Executor, participantId: string): Promise<BookingFacts[]> {
	return db
		.select({ moduleCode: booking.moduleCode, state: booking.state })
		.from(booking)
		.where(eq(booking.participantId, participantId));
}

/** The participant's bookings other than `current`. */
async function otherBookingFacts(db: Executor, current: BookingView): Promise<BookingFacts[]> {
	return db
		.select({ moduleCode: booking.moduleCode, state: booking.state })
		.from(booking)
		.where(and(eq(booking.participantId, current.participantId), ne(booking.id, current.id)));
}

/**
 * What "all modules" asks for: the bookable modules the participant is neither doing,
 * waiting for, nor has finished.
 */
export async function modulesLeftToRequest(actor: Actor): Promise<string[]> {
	requireRole(actor, ['participant']);
	const facts = await participantFacts(await getDb(), actor.id);
	const taken = (fact: BookingFacts) => isOpen(fact.state) || fact.state === 'finished';
	return allModules()
		.filter((module) => module.bookable)
		.filter((module) => !facts.some((fact) => fact.moduleCode === module.code && taken(fact)))
		.map((module) => module.code);
}

/** Why the participant may not request this module now, or null. */
export async function ownRequestRefusal(
	actor: Actor,
	moduleCode: string
): Promise<RequestRefusal | null> {
	requireRole(actor, ['participant']);
	const facts = await participantFacts(await getDb(), actor.id);
	return requestRefusal(bookableModule(moduleCode), mandatoryModuleCode(), facts);
}

export async function requestModules(
	actor: Actor,
	input: ModuleRequest,
	now: Date = new Date()
): Promise<RequestResult> {
	requireRole(actor, ['participant']);
	const modules = input.moduleCodes.map(bookableModule);
	const db = await getDb();

	// One write transaction: the rule check and the insert see the same bookings, so two
	// submissions at once cannot both pass the "no second open booking" rule.
	return db.transaction(async (tx) => {
		const repeated = await tx
			.select({ id: booking.id })
			.from(booking)
			.where(and(eq(booking.participantId, actor.id), eq(booking.requestKey, input.requestKey)));
		if (repeated.length > 0) return { ok: true, bookingIds: repeated.map((row) => row.id) };
		if (modules.length === 0) return { ok: false, reason: 'nothing_to_request' };

		if (input.wishedProviderId) {
			const [known] = await tx
				.select({ id: provider.id })
				.from(provider)
				.where(eq(provider.id, input.wishedProviderId));
			if (!known) return { ok: false, reason: 'unknown_provider' };
		}

		const facts = await participantFacts(tx, actor.id);
		const codes = modules.map((module) => module.code);
		for (const module of modules) {
			const refusal = requestRefusal(module, mandatoryModuleCode(), facts, codes);
			if (refusal) return { ok: false, reason: refusal, moduleCode: module.code };
		}

		const bookingIds: string[] = [];
		for (const module of modules) {
			const id = crypto.randomUUID();
			bookingIds.push(id);
			await tx.insert(booking).values({
				id,
				participantId: actor.id,
				moduleCode: module.code,
				state: 'requested',
				wishedProviderId: input.wishedProviderId,
				wishedStartMonth: input.wishedStartMonth,
				message: input.message,
				requestKey: input.requestKey,
				createdAt: now,
				updatedAt: now
			});
			await tx
				.insert(bookingEvent)
				.values({ bookingId: id, actorId: actor.id, at: now, toState: 'requested' });
		}
		return { ok: true, bookingIds };
	});
}

export type WithdrawResult = { ok: true } | { ok: false; reason: WithdrawRefusal };

export async function withdrawRequest(
	actor: Actor,
	bookingId: string,
	now: Date = new Date()
): Promise<WithdrawResult> {
	requireRole(actor, ['participant']);
	const db = await getDb();
	return db.transaction(async (tx) => {
		const found = await bookingFor(tx, actor, bookingId, participantMaySeeBooking);
		const reason = withdrawRefusal(
			found,
			mandatoryModuleCode(),
			await otherBookingFacts(tx, found)
		);
		if (reason) return { ok: false, reason };
		await changeState(tx, found, {
			to: 'withdrawn',
			actorId: actor.id,
			now,
			notifyParticipant: false
		});
		return { ok: true };
	});
}

// ---------------------------------------------------------------------------------------
// Staff decide and run bookings

/** Moves a booking from the state it was read in; false when someone changed it meanwhile. */
async function changeState(
	tx: Executor,
	current: BookingView,
	change: {
		to: BookingState;
		actorId: string;
		now: Date;
		notifyParticipant: boolean;
		reason?: string | null;
		set?: Partial<typeof booking.$inferInsert>;
	}
): Promise<boolean> {
	const updated = await tx
		.update(booking)
		.set({
			...change.set,
			state: change.to,
			version: current.version + 1,
			updatedAt: change.now,
			unseenByParticipant: change.notifyParticipant
		})
		.where(
			and(
				eq(booking.id, current.id),
				eq(booking.version, current.version),
				eq(booking.state, current.state)
			)
		)
		.returning({ id: booking.id });
	if (updated.length === 0) return false;
	await tx.insert(bookingEvent).values({
		bookingId: current.id,
		actorId: change.actorId,
		at: change.now,
		fromState: current.state,
		toState: change.to,
		reason: change.reason ?? null
	});
	return true;
}

export interface Confirmation {
	version: number;
	plannedStart: IsoDate;
	plannedEnd: IsoDate;
	trainerId: string;
}

export type ConfirmResult =
	| { ok: true }
	| { ok: false; reason: ConfirmRefusal | 'changed_meanwhile' | 'unknown_trainer' }
	| { ok: false; reason: 'start_out_of_range' | 'end_out_of_range'; allowed: DateRange };

export async function confirmBooking(
	actor: Actor,
	bookingId: string,
	input: Confirmation,
	now: Date = new Date()
): Promise<ConfirmResult> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<ConfirmResult> => {
		// A request another lead has just decided answers "changed", not "unknown".
		const found = await bookingFor(tx, lead, bookingId, requestConcernsLead);
		if (found.version !== input.version || !mayDecideRequest(lead, found)) {
			return { ok: false, reason: 'changed_meanwhile' };
		}
		const refusal = confirmRefusal(
			found,
			mandatoryModuleCode(),
			await otherBookingFacts(tx, found)
		);
		if (refusal) return { ok: false, reason: refusal };

		const startRange = allowedStartDates(berlinDate(now));
		if (!isWithin(input.plannedStart, startRange)) {
			return { ok: false, reason: 'start_out_of_range', allowed: startRange };
		}
		const length = bookableModule(found.moduleCode).length;
		if (length) {
			const endRange = allowedEndDates(length, input.plannedStart);
			if (!isWithin(input.plannedEnd, endRange))
				return { ok: false, reason: 'end_out_of_range', allowed: endRange };
		} else if (input.plannedEnd < input.plannedStart) {
			return {
				ok: false,
				reason: 'end_out_of_range',
				allowed: { earliest: input.plannedStart, latest: input.plannedStart }
			};
		}

		const [chosenTrainer] = await tx
			.select({ id: user.id })
			.from(user)
			.where(
				and(
					eq(user.id, input.trainerId),
					eq(user.providerId, lead.providerId ?? ''),
					inArray(user.role, ['trainer', 'lead'])
				)
			);
		if (!chosenTrainer) return { ok: false, reason: 'unknown_trainer' };

		const changed = await changeState(tx, found, {
			to: staffTransitions.confirm.to,
			actorId: lead.id,
			now,
			notifyParticipant: true,
			set: {
				providerId: lead.providerId,
				trainerId: chosenTrainer.id,
				plannedStart: input.plannedStart,
				plannedEnd: input.plannedEnd
			}
		});
		return changed ? { ok: true } : { ok: false, reason: 'changed_meanwhile' };
	});
}

/** `not_confirmed`: the change cannot be undone and the lead has not said "yes, I mean it". */
export type DecisionResult =
	{ ok: true } | { ok: false; reason: 'changed_meanwhile' | 'not_confirmed' };

export async function declineBooking(
	actor: Actor,
	bookingId: string,
	input: { version: number; reason: string; confirmed: boolean },
	now: Date = new Date()
): Promise<DecisionResult> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<DecisionResult> => {
		// A request another lead has just decided answers "changed", not "unknown".
		const found = await bookingFor(tx, lead, bookingId, requestConcernsLead);
		if (needsConfirmation('decline') && !input.confirmed)
			return { ok: false, reason: 'not_confirmed' };
		if (found.version !== input.version || !mayDecideRequest(lead, found)) {
			return { ok: false, reason: 'changed_meanwhile' };
		}
		const changed = await changeState(tx, found, {
			to: staffTransitions.decline.to,
			actorId: lead.id,
			now,
			notifyParticipant: true,
			reason: input.reason,
			set: { declineReason: input.reason }
		});
		return changed ? { ok: true } : { ok: false, reason: 'changed_meanwhile' };
	});
}

/** Marks a confirmed booking as started, or a running one as finished. */
export async function advanceBooking(
	actor: Actor,
	bookingId: string,
	input: { version: number; step: 'start' | 'finish'; confirmed: boolean },
	now: Date = new Date()
): Promise<DecisionResult> {
	const lead = requireRole(actor, ['lead']);
	const db = await getDb();
	return db.transaction(async (tx): Promise<DecisionResult> => {
		const found = await bookingFor(tx, lead, bookingId, staffMaySeeBooking);
		if (needsConfirmation(input.step) && !input.confirmed)
			return { ok: false, reason: 'not_confirmed' };
		const transition = staffTransitions[input.step];
		if (
			found.version !== input.version ||
			!mayManageBooking(lead, found) ||
			found.state !== transition.from
		) {
			return { ok: false, reason: 'changed_meanwhile' };
		}
		const changed = await changeState(tx, found, {
			to: transition.to,
			actorId: lead.id,
			now,
			notifyParticipant: true
		});
		return changed ? { ok: true } : { ok: false, reason: 'changed_meanwhile' };
	});
}
