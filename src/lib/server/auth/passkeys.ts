import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse,
	type AuthenticationResponseJSON,
	type PublicKeyCredentialCreationOptionsJSON,
	type PublicKeyCredentialRequestOptionsJSON,
	type RegistrationResponseJSON
} from '@simplewebauthn/server';
import { and, desc, eq, lt, notInArray } from 'drizzle-orm';
import {
	challengeExpiresAt,
	challengeLifetimeMs,
	isChallengeLive,
	maxOpenSignInChallengesPerAddress
} from '$lib/domain/passkeys';
import type { Role } from '$lib/domain/roles';
import { roles } from '$lib/domain/roles';
import { requireRole, type Actor } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { passkey, user, webauthnChallenge } from '$lib/server/db/schema';
import { logSecurityEvent } from '$lib/server/security-log';
import { trustDevice, trustedDeviceFor } from './device';
import { forgiveSignInAttempts, reserveSignInAttempt } from './rate-limit';

// Passkeys (WebAuthn) with SimpleWebAuthn. The browser and the person's device do the hard
// part; the server hands out a challenge, checks the signed answer and keeps the public key.

/** Who the passkeys belong to: the portal's own host name and address (adapter-node: ORIGIN). */
export interface RelyingParty {
	id: string;
	origin: string;
	name: string;
}

export function relyingPartyOf(url: URL): RelyingParty {
	return { id: url.hostname, origin: url.origin, name: 'pass(t)genau' };
}

type ChallengePurpose = (typeof webauthnChallenge.$inferSelect)['purpose'];

async function storeChallenge(
	db: Executor,
	challenge: string,
	purpose: ChallengePurpose,
	owner: { userId: string | null; ip: string | null },
	now: Date
): Promise<void> {
	await db.insert(webauthnChallenge).values({
		challenge,
		purpose,
		...owner,
		expiresAt: challengeExpiresAt(now),
		createdAt: now
	});
}

/**
 * Takes a challenge out of the table: true once, for a live challenge of this purpose (and,
 * for adding a passkey, of this person). The delete is the check, so two answers to the same
 * challenge, even at two app instances at once, cannot both pass.
 */
export async function takeChallenge(
	challenge: string,
	purpose: ChallengePurpose,
	userId: string | null,
	now: Date = new Date()
): Promise<boolean> {
	const db = await getDb();
	const [taken] = await db
		.delete(webauthnChallenge)
		.where(
			and(
				eq(webauthnChallenge.challenge, challenge),
				eq(webauthnChallenge.purpose, purpose),
				userId === null ? undefined : eq(webauthnChallenge.userId, userId)
			)
		)
		.returning({ expiresAt: webauthnChallenge.expiresAt });
	return taken !== undefined && isChallengeLive(taken, now);
}

/** Housekeeping: challenges nobody answered. */
export async function deleteExpiredChallenges(now: Date = new Date()): Promise<void> {
	const db = await getDb();
	await db.delete(webauthnChallenge).where(lt(webauthnChallenge.expiresAt, now));
}

/** A passkey as its owner sees it in the list. */
export interface OwnPasskey {
	id: string;
	name: string;
	createdAt: Date;
	lastUsedAt: Date | null;
}

export async function listOwnPasskeys(actor: Actor): Promise<OwnPasskey[]> {
	const person = requireRole(actor, roles);
	const db = await getDb();
	return db
		.select({
			id: passkey.id,
			name: passkey.name,
			createdAt: passkey.createdAt,
			lastUsedAt: passkey.lastUsedAt
		})
		.from(passkey)
		.where(eq(passkey.userId, person.id))
		.orderBy(desc(passkey.createdAt));
}

/**
 * The person's account id names them to the authenticator (WebAuthn's user handle): random,
 * and nothing that says who they are. The same one for every passkey of the account, so a
 * device keeps one passkey per account and replaces it when added again.
 */
function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
	return new TextEncoder().encode(userId);
}

/**
 * Passkeys are asked to check who holds the device (fingerprint, face, PIN): a passkey
 * alone signs in, so it has to be more than a thing someone could pick up.
 */
const userVerification = 'required';

export async function passkeyRegistrationOptions(
	actor: Actor,
	rp: RelyingParty,
	now: Date = new Date()
): Promise<PublicKeyCredentialCreationOptionsJSON> {
	const person = requireRole(actor, roles);
	const db = await getDb();
	const existing = await db
		.select({ id: passkey.id, transports: passkey.transports })
		.from(passkey)
		.where(eq(passkey.userId, person.id));
	const options = await generateRegistrationOptions({
		rpName: rp.name,
		rpID: rp.id,
		userName: person.username,
		userID: userHandleOf(person.id),
		userDisplayName: person.displayName,
		attestationType: 'none',
		timeout: challengeLifetimeMs,
		excludeCredentials: existing,
		authenticatorSelection: { residentKey: 'required', userVerification }
	});
	await storeChallenge(
		await getDb(),
		options.challenge,
		'register',
		{ userId: person.id, ip: null },
		now
	);
	return options;
}

export type AddPasskeyResult = { ok: true; id: string } | { ok: false; reason: 'not-verified' };

export async function addPasskey(
	actor: Actor,
	rp: RelyingParty,
	input: { name: string; response: RegistrationResponseJSON },
	facts: { ip: string },
	now: Date = new Date()
): Promise<AddPasskeyResult> {
	const person = requireRole(actor, roles);
	let verification;
	try {
		verification = await verifyRegistrationResponse({
			response: input.response,
			expectedChallenge: (challenge) => takeChallenge(challenge, 'register', person.id, now),
			expectedOrigin: rp.origin,
			expectedRPID: rp.id,
			requireUserVerification: true
		});
	} catch {
		// Whatever was wrong (an old or foreign challenge, a broken answer): nothing is added.
		verification = null;
	}
	if (!verification?.verified) return { ok: false, reason: 'not-verified' };
	const { credential, credentialBackedUp } = verification.registrationInfo;
	const db = await getDb();
	const added = await db
		.insert(passkey)
		.values({
			id: credential.id,
			userId: person.id,
			publicKey: Buffer.from(credential.publicKey),
			counter: credential.counter,
			transports: credential.transports ?? [],
			backedUp: credentialBackedUp,
			name: input.name,
			createdAt: now
		})
		.onConflictDoNothing()
		.returning({ id: passkey.id });
	// excludeCredentials keeps a device from adding the same passkey twice; a replayed answer
	// for a credential that exists (even another person's) changes nothing.
	if (added.length === 0) return { ok: false, reason: 'not-verified' };
	logSecurityEvent('account-changed', {
		userId: person.id,
		role: person.role,
		ip: facts.ip,
		reason: 'passkey-added'
	});
	return { ok: true, id: credential.id };
}

/** Renames one's own passkey; false when the person has no passkey with this id. */
export async function renameOwnPasskey(actor: Actor, id: string, name: string): Promise<boolean> {
	const person = requireRole(actor, roles);
	const db = await getDb();
	const renamed = await db
		.update(passkey)
		.set({ name })
		.where(and(eq(passkey.id, id), eq(passkey.userId, person.id)))
		.returning({ id: passkey.id });
	return renamed.length > 0;
}

/** Removes one's own passkey; false when the person has no passkey with this id. */
export async function removeOwnPasskey(
	actor: Actor,
	id: string,
	facts: { ip: string }
): Promise<boolean> {
	const person = requireRole(actor, roles);
	const db = await getDb();
	const removed = await db
		.delete(passkey)
		.where(and(eq(passkey.id, id), eq(passkey.userId, person.id)))
		.returning({ id: passkey.id });
	if (removed.length === 0) return false;
	logSecurityEvent('account-changed', {
		userId: person.id,
		role: person.role,
		ip: facts.ip,
		reason: 'passkey-removed'
	});
	return true;
}

/**
 * Options for signing in with any passkey of this portal: no name is asked first, the
 * device offers the passkeys it has (also in the browser's autofill).
 */
export async function passkeySignInOptions(
	rp: RelyingParty,
	ip: string,
	now: Date = new Date()
): Promise<PublicKeyCredentialRequestOptionsJSON> {
	const options = await generateAuthenticationOptions({
		rpID: rp.id,
		userVerification,
		timeout: challengeLifetimeMs
	});
	const db = await getDb();
	await db.transaction(async (tx) => {
		await storeChallenge(tx, options.challenge, 'sign-in', { userId: null, ip }, now);
		// Nobody is known before sign-in, so one address keeps only its newest challenges:
		// it cannot fill the table, and nobody is refused (an office shares one address).
		const fromThisAddress = and(
			eq(webauthnChallenge.purpose, 'sign-in'),
			eq(webauthnChallenge.ip, ip)
		);
		const newest = tx
			.select({ challenge: webauthnChallenge.challenge })
			.from(webauthnChallenge)
			.where(fromThisAddress)
			.orderBy(desc(webauthnChallenge.createdAt))
			.limit(maxOpenSignInChallengesPerAddress);
		await tx
			.delete(webauthnChallenge)
			.where(and(fromThisAddress, notInArray(webauthnChallenge.challenge, newest)));
	});
	return options;
}

export type PasskeySignInResult =
	| { ok: true; userId: string; role: Role; deviceTokens: string[] }
	| { ok: false; reason: 'not-verified' }
	| { ok: false; reason: 'too-many-attempts'; waitMs: number };

/**
 * Signs in with a passkey's answer. The attempt counts against the same limits as a password
 * (per account, address and trusted device) and ends in the same security log lines, so the
 * two ways in cannot be played against each other.
 */
export async function signInWithPasskey(
	rp: RelyingParty,
	response: AuthenticationResponseJSON,
	facts: { ip: string; deviceTokens?: readonly string[] },
	now: Date = new Date()
): Promise<PasskeySignInResult> {
	const db = await getDb();
	const [found] = await db
		.select({
			passkey,
			account: { id: user.id, role: user.role, username: user.username }
		})
		.from(passkey)
		.innerJoin(user, eq(passkey.userId, user.id))
		.where(eq(passkey.id, response.id));
	const account = found?.account;
	const deviceId = account
		? await trustedDeviceFor(facts.deviceTokens ?? [], account.id, now)
		: null;
	// An unknown passkey names no account: it counts against the address alone.
	const username = account?.username ?? '';
	const who = { userId: account?.id ?? null, role: account?.role ?? null, ip: facts.ip };
	const reservation = await reserveSignInAttempt({ username, ip: facts.ip, deviceId }, now);
	if (!reservation.ok) {
		logSecurityEvent('sign-in-locked', { ...who, username, reason: reservation.limit });
		return { ok: false, reason: 'too-many-attempts', waitMs: reservation.waitMs };
	}
	if (!found || !account) {
		logSecurityEvent('sign-in-failed', { ...who, reason: 'unknown-passkey' });
		return { ok: false, reason: 'not-verified' };
	}

	let verification;
	try {
		verification = await verifyAuthenticationResponse({
			response,
			expectedChallenge: (challenge) => takeChallenge(challenge, 'sign-in', null, now),
			expectedOrigin: rp.origin,
			expectedRPID: rp.id,
			credential: {
				id: found.passkey.id,
				publicKey: new Uint8Array(found.passkey.publicKey),
				counter: found.passkey.counter,
				transports: found.passkey.transports
			},
			requireUserVerification: true
		});
	} catch {
		verification = null;
	}
	if (!verification?.verified) {
		logSecurityEvent('sign-in-failed', { ...who, username, reason: 'passkey-not-verified' });
		return { ok: false, reason: 'not-verified' };
	}

	await db
		.update(passkey)
		.set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now })
		.where(eq(passkey.id, found.passkey.id));
	await forgiveSignInAttempts(username, deviceId);
	const deviceTokens = await trustDevice(account.id, facts.deviceTokens ?? [], now);
	logSecurityEvent('sign-in', { ...who, username, reason: 'passkey' });
	return { ok: true, userId: account.id, role: account.role, deviceTokens };
}
