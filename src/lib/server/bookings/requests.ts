/** Participants ask for modules and withdraw their requests. */
import { and, eq } from 'drizzle-orm';
import {
	isOpen,
	requestRefusal,
	withdrawRefusal,
	type BookingFacts,
	type RequestRefusal,
	type WithdrawRefusal
} from '$lib/domain/bookings';
import { allModules } from '$lib/domain/catalogue';
import type { IsoMonth } from '$lib/domain/dates';
import { getDb } from '$lib/server/db';
import { booking, bookingEvent, provider } from '$lib/server/db/schema';
import { participantMaySeeBooking, requireRole, type Actor } from '../access';
import { changeState } from './state-change';
import { bookableModule, bookingFor, mandatoryModuleCode, participantFacts } from './queries';

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
			await participantFacts(tx, found.participantId, found)
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
