import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import { session } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/access';
import { testPerson } from '$test/fixtures';
import { searchAllAccounts } from '$lib/server/accounts/service';
import {
	createSession,
	deleteExpiredSessions,
	endAllSessionsOf,
	endOtherSessions,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	isWellFormedToken,
	listOwnSessions,
	sessionIdFromToken,
	signOut,
	validateSessionToken
} from './session';
import { securityLogLines } from '$test/security-log';
import { clockFrom, dayMs, hourMs, minuteMs } from '$test/time';

const start = new Date('2026-03-01T10:00:00Z');
const at = clockFrom(start);
const chromeOnWindows =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const firefoxOnAndroid = 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0';

let participant: Actor;
let trainer: Actor;
let admin: Actor;

beforeAll(async () => {
	participant = await testPerson('Session-Tester', 'participant', null);
	trainer = await testPerson('session-trainer', 'trainer', null);
	admin = await testPerson('session-admin', 'admin', null);
});

async function begin(actor: Actor, now = start, userAgent = chromeOnWindows): Promise<string> {
	const token = generateSessionToken();
	await createSession(token, actor, { now, facts: { userAgent } });
	return token;
}

async function storedRow(token: string) {
	const db = await getDb();
	const [row] = await db
		.select()
		.from(session)
		.where(eq(session.id, sessionIdFromToken(token)));
	return row;
}

function lastLogged(event: string) {
	return securityLogLines()
		.filter((line) => line.event === event)
		.at(-1);
}

describe('sessions', () => {
	it('makes random, well-formed tokens', () => {
		const first = generateSessionToken();
		expect(isWellFormedToken(first)).toBe(true);
		expect(generateSessionToken()).not.toBe(first);
	});

	it('stores only the SHA-256 of the token, the limits of the role and the cut User-Agent', async () => {
		const token = generateSessionToken();
		await createSession(token, participant, { now: start, facts: { userAgent: 'x'.repeat(600) } });
		const row = await storedRow(token);
		expect(row?.id).toBe(sessionIdFromToken(token));
		expect(row?.id).toMatch(/^[0-9a-f]{64}$/);
		expect(row).toMatchObject({
			userId: participant.id,
			expiresAt: at(14 * dayMs),
			absoluteExpiresAt: at(30 * dayMs),
			lastUsedAt: start,
			userAgent: 'x'.repeat(256)
		});
	});

	it('validates a fresh session and returns its user', async () => {
		const token = await begin(participant);
		const result = await validateSessionToken(token, at(30_000));
		expect(result.user?.username).toBe('session-tester');
		expect(result.user?.role).toBe('participant');
		expect(result.session).toMatchObject({ renewed: false, expiresAt: at(14 * dayMs) });
	});

	it('writes down use at most once a minute, and the idle limit follows', async () => {
		const token = await begin(participant);
		expect((await validateSessionToken(token, at(59_000))).session?.renewed).toBe(false);
		expect((await storedRow(token))?.lastUsedAt).toEqual(start);

		const later = at(3 * dayMs);
		const used = await validateSessionToken(token, later);
		expect(used.session).toMatchObject({
			renewed: true,
			expiresAt: new Date(later.getTime() + 14 * dayMs)
		});
		expect(await storedRow(token)).toMatchObject({
			lastUsedAt: later,
			expiresAt: new Date(later.getTime() + 14 * dayMs)
		});
		expect(
			(await validateSessionToken(token, new Date(later.getTime() + 1000))).session?.renewed
		).toBe(false);
	});

	it('ends a participant session unused for 14 days, and logs why', async () => {
		const token = await begin(participant);
		expect((await validateSessionToken(token, at(14 * dayMs - minuteMs))).session).not.toBeNull();
		const unused = at(14 * dayMs - minuteMs + 14 * dayMs);
		expect(await validateSessionToken(token, unused, { ip: '10.3.0.1' })).toEqual({
			session: null,
			user: null
		});
		expect(await storedRow(token)).toBeUndefined();
		expect(lastLogged('session-ended')).toMatchObject({
			userId: participant.id,
			role: 'participant',
			ip: '10.3.0.1',
			reason: 'idle'
		});
	});

	it('ends a trainer session unused for 2 hours', async () => {
		const token = await begin(trainer);
		expect((await validateSessionToken(token, at(2 * hourMs - 1))).session).not.toBeNull();
		expect((await validateSessionToken(token, at(2 * hourMs - 1 + 2 * hourMs))).session).toBeNull();
		expect(lastLogged('session-ended')).toMatchObject({
			userId: trainer.id,
			role: 'trainer',
			reason: 'idle'
		});
	});

	it('ends a trainer session after 12 hours however often it is used', async () => {
		const token = await begin(trainer);
		for (let hour = 1; hour < 12; hour++) {
			expect(
				(await validateSessionToken(token, at(hour * hourMs))).session,
				`hour ${hour}`
			).not.toBeNull();
		}
		expect((await validateSessionToken(token, at(12 * hourMs))).session).toBeNull();
		expect(lastLogged('session-ended')).toMatchObject({ userId: trainer.id, reason: 'absolute' });
	});

	it('ends a participant session after 30 days however often it is used', async () => {
		const token = await begin(participant);
		for (let day = 1; day < 30; day++) {
			expect(
				(await validateSessionToken(token, at(day * dayMs))).session,
				`day ${day}`
			).not.toBeNull();
		}
		expect((await validateSessionToken(token, at(30 * dayMs))).session).toBeNull();
		expect(lastLogged('session-ended')).toMatchObject({
			userId: participant.id,
			reason: 'absolute'
		});
	});

	it('refuses a session made 400 days ago that is used today', async () => {
		// A row as it stood before the absolute limit: its idle limit moved on every use.
		const token = generateSessionToken();
		const today = new Date('2027-04-05T09:00:00Z');
		const db = await getDb();
		await db.insert(session).values({
			id: sessionIdFromToken(token),
			userId: participant.id,
			expiresAt: new Date(today.getTime() + 20 * dayMs),
			lastUsedAt: new Date(today.getTime() - dayMs),
			createdAt: new Date(today.getTime() - 400 * dayMs)
		});
		expect(await validateSessionToken(token, today)).toEqual({ session: null, user: null });
		expect(lastLogged('session-ended')).toMatchObject({
			userId: participant.id,
			reason: 'absolute'
		});

		// And one made the new way 400 days ago, used every week since.
		const weekly = await begin(participant, new Date(today.getTime() - 400 * dayMs));
		let lastResult = null;
		for (let day = 393; day >= 0; day -= 7) {
			lastResult = (await validateSessionToken(weekly, new Date(today.getTime() - day * dayMs)))
				.session;
		}
		expect(lastResult).toBeNull();
	});

	it('ends the session the browser had when it signs in again', async () => {
		const old = await begin(participant);
		const fresh = generateSessionToken();
		await createSession(fresh, participant, {
			replaces: sessionIdFromToken(old),
			now: at(hourMs),
			facts: { ip: '10.3.0.2' }
		});
		expect((await validateSessionToken(old, at(hourMs))).session).toBeNull();
		expect((await validateSessionToken(fresh, at(hourMs))).session).not.toBeNull();
		expect(lastLogged('session-ended')).toMatchObject({
			userId: participant.id,
			role: 'participant',
			reason: 'signed-in-again',
			count: 1
		});
	});

	it('ends the previous person’s session when someone else signs in on the same browser', async () => {
		const before = await begin(participant);
		const next = generateSessionToken();
		await createSession(next, trainer, { replaces: sessionIdFromToken(before), now: at(minuteMs) });
		expect((await validateSessionToken(before, at(minuteMs))).session).toBeNull();
		expect((await validateSessionToken(next, at(minuteMs))).user?.id).toBe(trainer.id);
		const logged = lastLogged('session-ended');
		expect(logged).toMatchObject({ userId: participant.id, reason: 'signed-in-again' });
		expect(logged).not.toHaveProperty('role');
	});

	it('ends one session on sign-out, logs it, and leaves the others', async () => {
		const ended = await begin(participant);
		const kept = await begin(participant);
		await signOut(participant, sessionIdFromToken(ended), { ip: '10.3.0.3' });
		expect((await validateSessionToken(ended, start)).session).toBeNull();
		expect((await validateSessionToken(kept, start)).session).not.toBeNull();
		expect(lastLogged('sign-out')).toMatchObject({
			userId: participant.id,
			role: 'participant',
			ip: '10.3.0.3'
		});
		await invalidateSession(sessionIdFromToken(kept));
		expect((await validateSessionToken(kept, start)).session).toBeNull();
	});

	it('treats unknown and malformed tokens as signed out', async () => {
		expect(await validateSessionToken(generateSessionToken(), start)).toEqual({
			session: null,
			user: null
		});
		expect(await validateSessionToken('not a token; drop table', start)).toEqual({
			session: null,
			user: null
		});
		expect(await validateSessionToken('', start)).toEqual({ session: null, user: null });
	});

	it('cleans up sessions past either limit', async () => {
		const idle = await begin(participant, new Date('2020-01-01T00:00:00Z'));
		const live = await begin(participant);
		const db = await getDb();
		// Before the absolute limit existed: a live idle limit, but 0 as the absolute one.
		const legacy = generateSessionToken();
		await db.insert(session).values({
			id: sessionIdFromToken(legacy),
			userId: participant.id,
			expiresAt: at(dayMs),
			createdAt: start
		});
		await deleteExpiredSessions(at(minuteMs));
		expect(await storedRow(idle)).toBeUndefined();
		expect(await storedRow(legacy)).toBeUndefined();
		expect(await storedRow(live)).toBeDefined();
	});
});

describe('a person’s own sessions', () => {
	it('lists this device first, then the others by last use, with device names, and nobody else’s', async () => {
		const person = await testPerson('lister', 'participant', null);
		const other = await testPerson('someone-else', 'participant', null);
		const phone = await begin(person, at(-2 * dayMs), firefoxOnAndroid);
		const here = await begin(person, at(-3 * dayMs), chromeOnWindows);
		await begin(person, at(-20 * dayMs), firefoxOnAndroid); // idle for 20 days: gone
		await begin(other, start);
		await validateSessionToken(phone, at(-hourMs));

		const listed = await listOwnSessions(person, sessionIdFromToken(here), start);
		expect(listed).toEqual({
			total: 2,
			sessions: [
				{
					device: { browser: 'Chrome', system: 'Windows' },
					lastUsedAt: at(-3 * dayMs),
					current: true
				},
				{
					device: { browser: 'Firefox', system: 'Android' },
					lastUsedAt: at(-hourMs),
					current: false
				}
			]
		});
	});

	it('signs out everywhere else and keeps this session', async () => {
		const person = await testPerson('leaver', 'participant', null);
		const here = await begin(person);
		const others = [await begin(person), await begin(person)];
		const other = await testPerson('bystander', 'participant', null);
		const bystander = await begin(other);

		expect(await endOtherSessions(person, sessionIdFromToken(here), { ip: '10.3.0.4' })).toBe(2);
		expect((await validateSessionToken(here, start)).session).not.toBeNull();
		for (const token of others)
			expect((await validateSessionToken(token, start)).session).toBeNull();
		expect((await validateSessionToken(bystander, start)).session).not.toBeNull();
		expect(lastLogged('session-ended')).toMatchObject({
			userId: person.id,
			reason: 'other-sessions',
			count: 2,
			ip: '10.3.0.4'
		});
	});

	it('lets the administration end all sessions of an account, and nobody else', async () => {
		const person = await testPerson('ended-by-admin', 'participant', null);
		const tokens = [await begin(person), await begin(person)];
		await expect(endAllSessionsOf(trainer, person.id)).rejects.toMatchObject({ status: 403 });
		for (const token of tokens)
			expect((await validateSessionToken(token, start)).session).not.toBeNull();

		const listed = async () =>
			// The administration's list, searched by the user name, as /admin shows it.
			(await searchAllAccounts(admin, 'ended-by-admin', 1, start)).rows.find(
				(account) => account.id === person.id
			)?.activeSessions;
		expect(await listed()).toBe(2);
		expect(await endAllSessionsOf(admin, person.id, { ip: '10.3.0.5' })).toEqual({
			displayName: 'ended-by-admin',
			count: 2
		});
		for (const token of tokens)
			expect((await validateSessionToken(token, start)).session).toBeNull();
		expect(lastLogged('session-ended')).toMatchObject({
			userId: admin.id,
			role: 'admin',
			targetUserId: person.id,
			reason: 'ended-by-admin',
			count: 2
		});
		expect(await listed()).toBe(0);
		expect(await endAllSessionsOf(admin, 'no-such-account')).toBeNull();
		expect(await invalidateUserSessions(person.id)).toBe(0);
	});

	it('never writes a token into the security log', async () => {
		const token = await begin(participant);
		await endOtherSessions(participant, sessionIdFromToken(token));
		const log = securityLogLines()
			.map((line) => JSON.stringify(line))
			.join('\n');
		expect(log).not.toContain(token);
		expect(log).not.toContain(sessionIdFromToken(token));
	});
});

describe('when the person signed in', () => {
	it('is kept on the session: now for a new proof, the old time when a session is only renewed', async () => {
		const fresh = await begin(participant, start);
		expect((await storedRow(fresh))?.signedInAt).toEqual(start);
		expect((await validateSessionToken(fresh, at(5 * minuteMs))).session?.signedInAt).toEqual(
			start
		);

		const renewed = generateSessionToken();
		const created = await createSession(renewed, participant, {
			now: at(hourMs),
			replaces: sessionIdFromToken(fresh),
			signedInAt: start
		});
		expect(created.signedInAt).toEqual(start);
		expect((await validateSessionToken(renewed, at(hourMs))).session?.signedInAt).toEqual(start);
	});
});
