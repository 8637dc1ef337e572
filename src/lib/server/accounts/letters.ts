import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import {
	generateLetterCode,
	letterExpiry,
	letterState,
	normaliseLetterCode,
	type LetterState
} from '$lib/domain/accounts';
import type { Role } from '$lib/domain/roles';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { loginLetter, provider, participantProfile, session, user } from '$lib/server/db/schema';
import { recordAccess } from '$lib/server/documents/audit';
import { logSecurityEvent } from '$lib/server/security-log';
import type { Actor } from '../access';
import type { RequestFacts } from '../auth/session';
import { managedAccount } from './service';

/**
 * Login letters: a one-time sign-in link on paper (as a QR code and as an address to type),
 * for people who have no e-mail address and cannot copy codes. Only the SHA-256 of the code is
 * kept, as for sessions; a new letter ends the earlier ones, using one ends it.
 */

export function letterHash(code: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(code)));
}

export interface LetterStatus {
	/** The newest letter and how it stands; null when none was ever made. */
	state: LetterState | null;
	createdAt: Date | null;
	expiresAt: Date | null;
}

export async function letterStatusOf(
	db: Executor,
	userId: string,
	now: Date = new Date()
): Promise<LetterStatus> {
	const [newest] = await db
		.select({
			createdAt: loginLetter.createdAt,
			expiresAt: loginLetter.expiresAt,
			usedAt: loginLetter.usedAt,
			endedAt: loginLetter.endedAt
		})
		.from(loginLetter)
		.where(eq(loginLetter.userId, userId))
		.orderBy(desc(loginLetter.createdAt))
		.limit(1);
	if (!newest) return { state: null, createdAt: null, expiresAt: null };
	return {
		state: letterState(newest, now),
		createdAt: newest.createdAt,
		expiresAt: newest.expiresAt
	};
}

/** What the printed letter needs; the code is there only now, and is never stored. */
export interface NewLetter {
	code: string;
	expiresAt: Date;
	createdAt: Date;
	account: { displayName: string; username: string; role: Role; locale: string | null };
	provider: { name: string; phone: string | null } | null;
	/** Whom the letter goes to first: the participant asked for contact through a trusted person. */
	viaTrustedPerson: boolean;
}

/**
 * Makes a new letter for an account the actor looks after (a lead for their participants, the
 * administration for staff). Recovery with people: every earlier letter and every session of
 * the account end in the same write, and a participant reads in their access log who did it.
 */
export async function makeLoginLetter(
	actor: Actor,
	targetId: string,
	facts: RequestFacts = {},
	now: Date = new Date(),
	random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)
): Promise<NewLetter> {
	const code = generateLetterCode(random);
	const expiresAt = letterExpiry(now);
	const db = await getDb();
	const made = await db.transaction(async (tx) => {
		const target = await managedAccount(tx, actor, targetId);
		await tx
			.update(loginLetter)
			.set({ endedAt: now })
			.where(and(eq(loginLetter.userId, targetId), isNull(loginLetter.endedAt)));
		const ended = (await tx.delete(session).where(eq(session.userId, targetId))).rowsAffected;
		await tx.insert(loginLetter).values({
			id: crypto.randomUUID(),
			userId: targetId,
			tokenHash: letterHash(code),
			expiresAt,
			createdBy: actor.id,
			createdAt: now
		});
		if (target.role === 'participant')
			await recordAccess(
				tx,
				{ participantId: targetId, actorId: actor.id, action: 'new-letter', document: 'account' },
				now
			);
		const [details] = await tx
			.select({
				locale: user.locale,
				providerName: provider.name,
				providerPhone: provider.phone,
				viaTrustedPerson: participantProfile.viaTrustedPerson
			})
			.from(user)
			.leftJoin(participantProfile, eq(participantProfile.userId, user.id))
			.leftJoin(provider, eq(provider.id, target.providerId ?? target.profileProviderId ?? ''))
			.where(eq(user.id, targetId));
		return { target, details, ended };
	});
	logSecurityEvent('account-changed', {
		userId: actor.id,
		role: actor.role,
		ip: facts.ip,
		targetUserId: targetId,
		reason: 'new-letter',
		count: made.ended
	});
	if (made.ended > 0)
		logSecurityEvent('session-ended', {
			userId: targetId,
			role: made.target.role,
			ip: facts.ip,
			reason: 'new-letter',
			count: made.ended
		});
	return {
		code,
		expiresAt,
		createdAt: now,
		account: {
			displayName: made.target.displayName,
			username: made.target.username,
			role: made.target.role,
			locale: made.details?.locale ?? null
		},
		provider: made.details?.providerName
			? { name: made.details.providerName, phone: made.details.providerPhone ?? null }
			: null,
		viaTrustedPerson: made.details?.viaTrustedPerson ?? false
	};
}

/** Whether a link would sign someone in now; for the page before the button (changes nothing). */
export async function isUsableLetter(input: string, now: Date = new Date()): Promise<boolean> {
	const code = normaliseLetterCode(input);
	if (!code) return false;
	const db = await getDb();
	const [row] = await db
		.select({ id: loginLetter.id })
		.from(loginLetter)
		.innerJoin(user, eq(user.id, loginLetter.userId))
		.where(
			and(
				eq(loginLetter.tokenHash, letterHash(code)),
				isNull(loginLetter.usedAt),
				isNull(loginLetter.endedAt),
				gt(loginLetter.expiresAt, now),
				isNull(user.closedAt)
			)
		);
	return row !== undefined;
}

export type RedeemResult = { ok: true; userId: string; role: Role } | { ok: false };

/**
 * Uses a letter: marks it used in one write, so two presses (or two browsers) cannot both sign
 * in. Expired, used, ended, unknown and malformed codes, and closed accounts, all answer the
 * same.
 */
export async function redeemLoginLetter(
	input: string,
	facts: RequestFacts = {},
	now: Date = new Date()
): Promise<RedeemResult> {
	const code = normaliseLetterCode(input);
	if (!code) return { ok: false };
	const db = await getDb();
	const result = await db.transaction(async (tx): Promise<RedeemResult> => {
		const [row] = await tx
			.select({
				id: loginLetter.id,
				userId: user.id,
				role: user.role,
				closedAt: user.closedAt,
				expiresAt: loginLetter.expiresAt,
				usedAt: loginLetter.usedAt,
				endedAt: loginLetter.endedAt
			})
			.from(loginLetter)
			.innerJoin(user, eq(user.id, loginLetter.userId))
			.where(eq(loginLetter.tokenHash, letterHash(code)));
		if (!row || row.closedAt || letterState(row, now) !== 'valid') return { ok: false };
		await tx
			.update(loginLetter)
			.set({ usedAt: now, endedAt: now })
			.where(eq(loginLetter.id, row.id));
		return { ok: true, userId: row.userId, role: row.role };
	});
	if (result.ok)
		logSecurityEvent('sign-in', {
			userId: result.userId,
			role: result.role,
			ip: facts.ip,
			reason: 'login-letter'
		});
	else logSecurityEvent('sign-in-failed', { ip: facts.ip, reason: 'login-letter' });
	return result;
}
