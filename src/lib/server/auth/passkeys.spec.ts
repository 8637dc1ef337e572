import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { Actor } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { passkey, webauthnChallenge } from '$lib/server/db/schema';
import { maxOpenSignInChallengesPerAddress } from '$lib/domain/passkeys';
import { cleanUp } from '$lib/server/housekeeping';
import { testPerson } from '$test/fixtures';
import { securityLogLines } from '$test/security-log';
import {
	listOwnPasskeys,
	passkeyRegistrationOptions,
	passkeySignInOptions,
	relyingPartyOf,
	removeOwnPasskey,
	renameOwnPasskey,
	signInWithPasskey,
	takeChallenge
} from './passkeys';

const rp = relyingPartyOf(new URL('https://portal.example.org/login'));
const start = new Date('2026-12-01T08:00:00Z');
const minutes = (count: number) => new Date(start.getTime() + count * 60_000);

let owner: Actor;
let other: Actor;

beforeAll(async () => {
	owner = await testPerson('passkey-owner', 'participant', null);
	other = await testPerson('passkey-other', 'participant', null);
});

async function insertPasskey(of: Actor, name: string): Promise<string> {
	const id = `credential-${crypto.randomUUID()}`;
	await (await getDb()).insert(passkey).values({
		id,
		userId: of.id,
		publicKey: Buffer.from([1, 2, 3]),
		transports: ['internal'],
		backedUp: false,
		name,
		createdAt: start
	});
	return id;
}

describe('the relying party', () => {
	it('is the host name and address the portal is served at', () => {
		expect(rp).toEqual({
			id: 'portal.example.org',
			origin: 'https://portal.example.org',
			name: 'pass(t)genau'
		});
		expect(relyingPartyOf(new URL('http://localhost:4173/x')).id).toBe('localhost');
	});
});

/** Sign-in options from an address of the test's own, so the per-address cap never bites. */
async function signInChallenge(now: Date, ip = `192.0.2.${crypto.randomUUID()}`) {
	return passkeySignInOptions(rp, ip, now);
}

describe('challenges', () => {
	it('are stored for 5 minutes and taken once', async () => {
		const options = await signInChallenge(start);
		expect(options.rpId).toBe('portal.example.org');
		expect(options.userVerification).toBe('required');
		expect(await takeChallenge(options.challenge, 'sign-in', null, minutes(4))).toBe(true);
		// Used: a second answer to the same challenge fails, also at another app instance.
		expect(await takeChallenge(options.challenge, 'sign-in', null, minutes(4))).toBe(false);
	});

	it('expire after 5 minutes', async () => {
		const options = await signInChallenge(start);
		expect(await takeChallenge(options.challenge, 'sign-in', null, minutes(5))).toBe(false);
		const [row] = await (
			await getDb()
		)
			.select()
			.from(webauthnChallenge)
			.where(eq(webauthnChallenge.challenge, options.challenge));
		expect(row, 'an expired challenge is gone after the try too').toBeUndefined();
	});

	it('for adding a passkey belong to one person and one purpose', async () => {
		const options = await passkeyRegistrationOptions(owner, rp, start);
		expect(options.user.name).toBe('passkey-owner');
		expect(options.authenticatorSelection).toMatchObject({
			residentKey: 'required',
			userVerification: 'required'
		});
		expect(await takeChallenge(options.challenge, 'register', other.id, minutes(1))).toBe(false);
		expect(await takeChallenge(options.challenge, 'sign-in', null, minutes(1))).toBe(false);
		expect(await takeChallenge(options.challenge, 'register', owner.id, minutes(1))).toBe(true);
	});

	it('for signing in are kept per address up to a bound, the oldest going first', async () => {
		const crowded = `198.51.100.${crypto.randomUUID()}`;
		const made: string[] = [];
		for (let k = 0; k <= maxOpenSignInChallengesPerAddress; k++) {
			made.push((await signInChallenge(new Date(start.getTime() + k * 1000), crowded)).challenge);
		}
		const kept = (
			await (
				await getDb()
			)
				.select({ challenge: webauthnChallenge.challenge })
				.from(webauthnChallenge)
				.where(eq(webauthnChallenge.ip, crowded))
		).map((row) => row.challenge);
		expect(kept).toHaveLength(maxOpenSignInChallengesPerAddress);
		expect(kept).not.toContain(made[0]);
		expect(await takeChallenge(made[0]!, 'sign-in', null, minutes(1))).toBe(false);
		expect(await takeChallenge(made.at(-1)!, 'sign-in', null, minutes(1))).toBe(true);
		// Another address is untouched by the crowd.
		const elsewhere = await signInChallenge(start);
		expect(await takeChallenge(elsewhere.challenge, 'sign-in', null, minutes(1))).toBe(true);
	});

	it('that nobody answered are removed by the housekeeping, live ones are kept', async () => {
		const old = await signInChallenge(start);
		const live = await signInChallenge(minutes(60));
		await cleanUp(minutes(61));
		const left = (await (await getDb()).select().from(webauthnChallenge)).map(
			(row) => row.challenge
		);
		expect(left).not.toContain(old.challenge);
		expect(left).toContain(live.challenge);
	});
});

describe('one’s own passkeys', () => {
	it('are listed, renamed and removed by their owner only', async () => {
		const mine = await insertPasskey(owner, 'Mein Handy');
		const theirs = await insertPasskey(other, 'Fremdes Handy');
		expect((await listOwnPasskeys(owner)).map((entry) => entry.name)).toContain('Mein Handy');
		expect((await listOwnPasskeys(owner)).map((entry) => entry.id)).not.toContain(theirs);

		expect(await renameOwnPasskey(owner, theirs, 'Gekapert')).toBe(false);
		expect(await removeOwnPasskey(owner, theirs, { ip: '10.9.0.1' })).toBe(false);
		expect((await listOwnPasskeys(other)).map((entry) => entry.name)).toEqual(['Fremdes Handy']);

		expect(await renameOwnPasskey(owner, mine, 'Handy')).toBe(true);
		expect((await listOwnPasskeys(owner)).find((entry) => entry.id === mine)?.name).toBe('Handy');
		expect(await removeOwnPasskey(owner, mine, { ip: '10.9.0.1' })).toBe(true);
		expect((await listOwnPasskeys(owner)).map((entry) => entry.id)).not.toContain(mine);
		expect(securityLogLines().at(-1)).toMatchObject({
			event: 'account-changed',
			userId: owner.id,
			reason: 'passkey-removed'
		});
	});
});

describe('signing in with a passkey', () => {
	const answer = (id: string): AuthenticationResponseJSON => ({
		id,
		rawId: id,
		type: 'public-key',
		clientExtensionResults: {},
		response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }
	});

	it('refuses an unknown passkey and a broken answer, and writes both down', async () => {
		expect(await signInWithPasskey(rp, answer('nobody-has-this'), { ip: '10.9.1.1' })).toEqual({
			ok: false,
			reason: 'not-verified'
		});
		expect(securityLogLines().at(-1)).toMatchObject({
			event: 'sign-in-failed',
			reason: 'unknown-passkey'
		});
		const id = await insertPasskey(owner, 'Kaputt');
		expect(await signInWithPasskey(rp, answer(id), { ip: '10.9.1.2' })).toEqual({
			ok: false,
			reason: 'not-verified'
		});
		expect(securityLogLines().at(-1)).toMatchObject({
			event: 'sign-in-failed',
			userId: owner.id,
			reason: 'passkey-not-verified'
		});
	});

	it('counts against the account’s sign-in limit like a password', async () => {
		const waiting = await testPerson('passkey-waiting', 'participant', null);
		const id = await insertPasskey(waiting, 'Viele Versuche');
		for (let attempt = 0; attempt < 5; attempt++)
			await signInWithPasskey(rp, answer(id), { ip: `10.9.2.${attempt}` }, minutes(attempt));
		expect(await signInWithPasskey(rp, answer(id), { ip: '10.9.2.9' }, minutes(6))).toMatchObject({
			ok: false,
			reason: 'too-many-attempts'
		});
	});
});
