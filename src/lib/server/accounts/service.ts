import { error } from '@sveltejs/kit';
import { and, asc, count, eq, gt, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { firstFreeUsername, suggestUsername } from '$lib/domain/accounts';
import type { ListPage } from '$lib/domain/paging';
import type { Role, RoleWording } from '$lib/domain/roles';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { displayNameOrder, nameContains, readPage } from '$lib/server/db/lists';
import {
	loginLetter,
	participantProfile,
	place,
	provider,
	session,
	trustedDevice,
	user
} from '$lib/server/db/schema';
import { recordAccess } from '$lib/server/documents/audit';
import { logSecurityEvent } from '$lib/server/security-log';
import {
	mayManageAccount,
	mayManageStaffAccount,
	requireRole,
	type AccountFacts,
	type Actor
} from '../access';
import type { RequestFacts } from '../auth/session';
import { accountWaitMs, forgiveAllSignInAttempts, normaliseUsername } from '../auth/rate-limit';
import { hashPassword } from '../auth/password';
import { insertUserRow } from '../users/service';
import { letterStatusOf, type LetterStatus } from './letters';

/**
 * Accounts that staff make and look after: the administration for trainers and leads, a lead
 * for the participants of their provider. Every function asks access.ts first; an account the
 * actor may not look after is "not found", so nobody learns of accounts that are not theirs.
 */

export type StaffRole = 'trainer' | 'lead';

/** Who closed an account, on the account page. */
const closer = alias(user, 'closer_user');

export interface StaffInput {
	displayName: string;
	username: string;
	role: StaffRole;
	/** Left out: the neutral form for a new account, unchanged for an existing one. */
	roleWording?: RoleWording;
	providerId: string;
}

/** How to reach a participant and what helps them, as their lead wrote it down. */
export interface ParticipantProfileFacts {
	email: string | null;
	phone: string | null;
	easyLanguage: boolean;
	largePrint: boolean;
	readAloud: boolean;
	viaTrustedPerson: boolean;
}

export interface ParticipantInput extends ParticipantProfileFacts {
	displayName: string;
	username: string;
	locale: string;
}

export type CreateResult =
	{ ok: true; id: string } | { ok: false; reason: 'username-taken' | 'unknown-provider' };

/**
 * New accounts start without a password the person knows: the login letter lets them in, and
 * they choose their own password then. The column needs a hash, so it holds the hash of a
 * random secret that nobody ever sees.
 */
async function unusablePasswordHash(): Promise<string> {
	const bytes = new Uint8Array(32);
	crypto.getRandomValues(bytes);
	return hashPassword(Buffer.from(bytes).toString('base64url'));
}

async function usernameTaken(db: Executor, username: string): Promise<boolean> {
	const [row] = await db
		.select({ id: user.id })
		.from(user)
		.where(eq(user.username, normaliseUsername(username)));
	return row !== undefined;
}

async function providerExists(db: Executor, providerId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: provider.id })
		.from(provider)
		.where(eq(provider.id, providerId));
	return row !== undefined;
}

/** A free user name made from the person's name, for the form to suggest. */
export async function suggestFreeUsername(displayName: string): Promise<string> {
	const base = suggestUsername(displayName);
	const db = await getDb();
	const rows = await db
		.select({ username: user.username })
		.from(user)
		.where(or(eq(user.username, base), like(user.username, `${base}%`)));
	return firstFreeUsername(base, new Set(rows.map((row) => row.username)));
}

function logChange(actor: Actor, targetUserId: string, reason: string, facts: RequestFacts): void {
	logSecurityEvent('account-changed', {
		userId: actor.id,
		role: actor.role,
		ip: facts.ip,
		targetUserId,
		reason
	});
}

// ---------------------------------------------------------------------------------------------
// Staff accounts (the administration)

export async function createStaffAccount(
	actor: Actor,
	input: StaffInput,
	facts: RequestFacts = {}
): Promise<CreateResult> {
	const admin = requireRole(actor, ['admin']);
	const db = await getDb();
	const passwordHash = await unusablePasswordHash();
	const result = await db.transaction(async (tx): Promise<CreateResult> => {
		if (!(await providerExists(tx, input.providerId)))
			return { ok: false, reason: 'unknown-provider' };
		if (await usernameTaken(tx, input.username)) return { ok: false, reason: 'username-taken' };
		const id = await insertUserRow(tx, { ...input, passwordHash });
		return { ok: true, id };
	});
	if (result.ok) logChange(admin, result.id, 'created', facts);
	return result;
}

export type UpdateResult = { ok: true } | { ok: false; reason: 'unknown-provider' };

/** Name, role (trainer or lead) and provider of a staff account. */
export async function updateStaffAccount(
	actor: Actor,
	targetId: string,
	input: Omit<StaffInput, 'username'>,
	facts: RequestFacts = {}
): Promise<UpdateResult> {
	const admin = requireRole(actor, ['admin']);
	const db = await getDb();
	const result = await db.transaction(async (tx): Promise<UpdateResult> => {
		const target = await accountFactsOf(tx, targetId);
		if (!target || !mayManageStaffAccount(admin, target)) error(404, 'Not found');
		if (!(await providerExists(tx, input.providerId)))
			return { ok: false, reason: 'unknown-provider' };
		await tx
			.update(user)
			.set({
				displayName: input.displayName,
				role: input.role,
				roleWording: input.roleWording,
				providerId: input.providerId
			})
			.where(eq(user.id, targetId));
		// Another role or provider means other data: the sessions begun with the old one end.
		if (target.role !== input.role || target.providerId !== input.providerId)
			await tx.delete(session).where(eq(session.userId, targetId));
		return { ok: true };
	});
	if (result.ok) logChange(admin, targetId, 'updated', facts);
	return result;
}

// ---------------------------------------------------------------------------------------------
// Participant accounts (leads)

export async function createParticipantAccount(
	actor: Actor,
	input: ParticipantInput,
	facts: RequestFacts = {}
): Promise<CreateResult> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) error(403, 'Forbidden');
	const providerId = lead.providerId;
	const db = await getDb();
	const passwordHash = await unusablePasswordHash();
	const result = await db.transaction(async (tx): Promise<CreateResult> => {
		if (await usernameTaken(tx, input.username)) return { ok: false, reason: 'username-taken' };
		const id = await insertUserRow(tx, {
			username: input.username,
			displayName: input.displayName,
			role: 'participant',
			providerId: null,
			passwordHash,
			locale: input.locale
		});
		await tx.insert(participantProfile).values({
			userId: id,
			providerId,
			email: input.email,
			phone: input.phone,
			easyLanguage: input.easyLanguage,
			largePrint: input.largePrint,
			readAloud: input.readAloud,
			viaTrustedPerson: input.viaTrustedPerson,
			createdBy: lead.id
		});
		return { ok: true, id };
	});
	if (result.ok) logChange(lead, result.id, 'created', facts);
	return result;
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface AccountRow {
	id: string;
	username: string;
	displayName: string;
	role: Role;
	providerName: string | null;
	closed: boolean;
	activeSessions: number;
}

/** One page of an account list, with the search it answers. */
export interface AccountPage extends ListPage<AccountRow> {
	query: string;
}

/** The name or the user name contains the search, in any case. */
function search(query: string): SQL | undefined {
	return or(nameContains(user.displayName, query), nameContains(user.username, query));
}

async function accountPage(
	where: SQL | undefined,
	query: string,
	page: number,
	now: Date,
	withProfile: boolean
): Promise<AccountPage> {
	const db = await getDb();
	const live = db
		.select({ userId: session.userId, sessions: count().as('sessions') })
		.from(session)
		.where(and(gt(session.expiresAt, now), gt(session.absoluteExpiresAt, now)))
		.groupBy(session.userId)
		.as('live');
	const base = db
		.select({
			id: user.id,
			username: user.username,
			displayName: user.displayName,
			role: user.role,
			providerName: provider.name,
			closedAt: user.closedAt,
			activeSessions: sql<number>`coalesce(${live.sessions}, 0)`.mapWith(Number)
		})
		.from(user)
		.leftJoin(participantProfile, eq(participantProfile.userId, user.id))
		.leftJoin(
			provider,
			withProfile
				? eq(participantProfile.providerId, provider.id)
				: eq(provider.id, sql`coalesce(${user.providerId}, ${participantProfile.providerId})`)
		)
		.leftJoin(live, eq(live.userId, user.id))
		.where(where);
	const list = await readPage(
		db
			.select({ total: count() })
			.from(user)
			.leftJoin(participantProfile, eq(participantProfile.userId, user.id))
			.where(where),
		page,
		async ({ limit, offset }) =>
			(
				await base
					.orderBy(displayNameOrder, asc(user.displayName), asc(user.username))
					.limit(limit)
					.offset(offset)
			).map(({ closedAt, ...row }) => ({ ...row, closed: closedAt !== null }))
	);
	return { ...list, query };
}

/** Every account, for the administration: search by name or user name, 50 a page. */
export async function searchAllAccounts(
	actor: Actor,
	query: string,
	page: number,
	now: Date = new Date()
): Promise<AccountPage> {
	requireRole(actor, ['admin']);
	return accountPage(search(query), query, page, now, false);
}

/** The participants whose accounts the lead's provider made. */
export async function searchOwnParticipants(
	actor: Actor,
	query: string,
	page: number,
	now: Date = new Date()
): Promise<AccountPage> {
	const lead = requireRole(actor, ['lead']);
	if (!lead.providerId) return { rows: [], total: 0, page: 1, pages: 1, query };
	return accountPage(
		and(
			eq(user.role, 'participant'),
			eq(participantProfile.providerId, lead.providerId),
			search(query)
		),
		query,
		page,
		now,
		true
	);
}

/** The administration finds an account by its exact user name; null when there is none. */
export async function findAccountByUsername(
	actor: Actor,
	username: string
): Promise<string | null> {
	requireRole(actor, ['admin']);
	const db = await getDb();
	const [row] = await db
		.select({ id: user.id })
		.from(user)
		.where(eq(user.username, normaliseUsername(username)));
	return row?.id ?? null;
}

interface StoredFacts extends AccountFacts {
	id: string;
	username: string;
	displayName: string;
	closedAt: Date | null;
}

async function accountFactsOf(db: Executor, id: string): Promise<StoredFacts | null> {
	const [row] = await db
		.select({
			id: user.id,
			username: user.username,
			displayName: user.displayName,
			role: user.role,
			providerId: user.providerId,
			profileProviderId: participantProfile.providerId,
			closedAt: user.closedAt
		})
		.from(user)
		.leftJoin(participantProfile, eq(participantProfile.userId, user.id))
		.where(eq(user.id, id));
	return row ?? null;
}

/** The account, when the actor looks after it; 404 otherwise (also for a wrong role's id). */
async function managedAccount(db: Executor, actor: Actor, id: string): Promise<StoredFacts> {
	const target = await accountFactsOf(db, id);
	if (!target || !mayManageAccount(actor, target)) error(404, 'Not found');
	return target;
}

export interface ManagedAccount {
	id: string;
	username: string;
	displayName: string;
	role: Role;
	roleWording: RoleWording;
	providerId: string | null;
	providerName: string | null;
	providerPhone: string | null;
	locale: string | null;
	closedAt: Date | null;
	closedByName: string | null;
	activeSessions: number;
	/** How long the account must wait before the next sign-in (browsers it does not know). */
	waitMs: number;
	letter: LetterStatus;
	profile: ParticipantProfileFacts | null;
}

/** What the account page shows beyond the list row: language, wording, who closed it, the profile. */
const managedAccountColumns = {
	locale: user.locale,
	roleWording: user.roleWording,
	closedByName: closer.displayName,
	// Flat, not nested: drizzle turns a left-joined nested object with empty fields into null.
	email: participantProfile.email,
	phone: participantProfile.phone,
	easyLanguage: participantProfile.easyLanguage,
	largePrint: participantProfile.largePrint,
	readAloud: participantProfile.readAloud,
	viaTrustedPerson: participantProfile.viaTrustedPerson
};

export async function getManagedAccount(
	actor: Actor,
	id: string,
	now: Date = new Date()
): Promise<ManagedAccount> {
	const db = await getDb();
	const target = await managedAccount(db, actor, id);
	const [row] = await db
		.select(managedAccountColumns)
		.from(user)
		.leftJoin(participantProfile, eq(participantProfile.userId, user.id))
		.leftJoin(closer, eq(closer.id, user.closedBy))
		.where(eq(user.id, id));
	const providerId = target.providerId ?? target.profileProviderId;
	const [providerRow] = providerId
		? await db
				.select({ name: provider.name, phone: provider.phone })
				.from(provider)
				.where(eq(provider.id, providerId))
		: [];
	const [sessions] = await db
		.select({ live: count() })
		.from(session)
		.where(
			and(eq(session.userId, id), gt(session.expiresAt, now), gt(session.absoluteExpiresAt, now))
		);
	return {
		id,
		username: target.username,
		displayName: target.displayName,
		role: target.role,
		roleWording: row?.roleWording ?? 'neutral',
		providerId,
		providerName: providerRow?.name ?? null,
		providerPhone: providerRow?.phone ?? null,
		locale: row?.locale ?? null,
		closedAt: target.closedAt,
		closedByName: target.closedAt ? (row?.closedByName ?? null) : null,
		activeSessions: sessions?.live ?? 0,
		waitMs: await accountWaitMs(target.username, now),
		letter: await letterStatusOf(db, id, now),
		profile:
			target.profileProviderId && row
				? {
						email: row.email,
						phone: row.phone,
						easyLanguage: row.easyLanguage ?? false,
						largePrint: row.largePrint ?? false,
						readAloud: row.readAloud ?? false,
						viaTrustedPerson: row.viaTrustedPerson ?? false
					}
				: null
	};
}

// ---------------------------------------------------------------------------------------------
// Closing, reopening, unlocking

/** Writes an account event into a participant's access log; staff have none. */
async function recordForParticipant(
	db: Executor,
	target: { id: string; role: Role },
	actor: Actor,
	action: 'new-letter' | 'closed' | 'reopened' | 'unlocked',
	now: Date
): Promise<void> {
	if (target.role !== 'participant') return;
	await recordAccess(
		db,
		{ participantId: target.id, actorId: actor.id, action, document: 'account' },
		now
	);
}

export type CloseResult = { ok: true; changed: boolean };

type AccountStep = (
	actor: Actor,
	targetId: string,
	facts?: RequestFacts,
	now?: Date
) => Promise<CloseResult>;

/**
 * The one frame of closing and reopening: inside one write the account is read behind its
 * access check; `change` does the step and says whether there was one to do (closing a closed
 * account changes nothing). A step taken goes into the participant's access log and the
 * security log.
 */
function accountStep(
	action: 'closed' | 'reopened',
	change: (tx: Executor, target: StoredFacts, actor: Actor, now: Date) => Promise<boolean>
): AccountStep {
	return async (actor, targetId, facts = {}, now = new Date()) => {
		const db = await getDb();
		const changed = await db.transaction(async (tx) => {
			const target = await managedAccount(tx, actor, targetId);
			if (!(await change(tx, target, actor, now))) return false;
			await recordForParticipant(tx, target, actor, action, now);
			return true;
		});
		if (changed) logChange(actor, targetId, action, facts);
		return { ok: true, changed };
	};
}

/**
 * Closing: the person can no longer sign in, their sessions, letters and device cookies end.
 * Nothing written about them is deleted. Reopening is for the same role (access.ts): a lead
 * for a participant, the administration for staff.
 */
export const closeAccount = accountStep('closed', async (tx, target, actor, now) => {
	if (target.closedAt) return false;
	await tx.update(user).set({ closedAt: now, closedBy: actor.id }).where(eq(user.id, target.id));
	await tx.delete(session).where(eq(session.userId, target.id));
	await tx.delete(trustedDevice).where(eq(trustedDevice.userId, target.id));
	await tx
		.update(loginLetter)
		.set({ endedAt: now })
		.where(and(eq(loginLetter.userId, target.id), isNull(loginLetter.endedAt)));
	return true;
});

export const reopenAccount = accountStep('reopened', async (tx, target) => {
	if (!target.closedAt) return false;
	await tx.update(user).set({ closedAt: null, closedBy: null }).where(eq(user.id, target.id));
	return true;
});

/** Unlocking forgives every sign-in attempt on the account, so the person may try again now. */
export async function unlockAccount(
	actor: Actor,
	targetId: string,
	facts: RequestFacts = {},
	now: Date = new Date()
): Promise<{ forgiven: number }> {
	const db = await getDb();
	const target = await managedAccount(db, actor, targetId);
	const forgiven = await forgiveAllSignInAttempts(target.username);
	await recordForParticipant(db, target, actor, 'unlocked', now);
	logSecurityEvent('account-changed', {
		userId: actor.id,
		role: actor.role,
		ip: facts.ip,
		targetUserId: targetId,
		reason: 'unlocked',
		count: forgiven
	});
	return { forgiven };
}

// ---------------------------------------------------------------------------------------------
// Providers (the administration)

export interface ProviderOption {
	id: string;
	name: string;
}

export async function listProviderOptions(actor: Actor): Promise<ProviderOption[]> {
	requireRole(actor, ['admin']);
	const db = await getDb();
	return db
		.select({ id: provider.id, name: provider.name })
		.from(provider)
		.orderBy(asc(provider.name));
}

export interface ProviderInput {
	name: string;
	phone: string | null;
	places: { name: string; town: string }[];
}

export async function createProvider(
	actor: Actor,
	input: ProviderInput,
	facts: RequestFacts = {}
): Promise<{ ok: true; id: string } | { ok: false; reason: 'name-taken' }> {
	const admin = requireRole(actor, ['admin']);
	const db = await getDb();
	const result = await db.transaction(async (tx) => {
		const [same] = await tx
			.select({ id: provider.id })
			.from(provider)
			.where(sql`lower(${provider.name}) = lower(${input.name})`);
		if (same) return { ok: false as const, reason: 'name-taken' as const };
		const id = crypto.randomUUID();
		await tx.insert(provider).values({ id, name: input.name, phone: input.phone });
		if (input.places.length > 0)
			await tx.insert(place).values(input.places.map((entry) => ({ providerId: id, ...entry })));
		return { ok: true as const, id };
	});
	if (result.ok)
		logSecurityEvent('account-changed', {
			userId: admin.id,
			role: admin.role,
			ip: facts.ip,
			reason: 'provider-created'
		});
	return result;
}

export { managedAccount };
