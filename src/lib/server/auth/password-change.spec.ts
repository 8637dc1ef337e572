import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { session, user } from '$lib/server/db/schema';
import { testPerson } from '$test/fixtures';
import { securityLogLines } from '$test/security-log';
import { changeOwnPassword } from './password-change';
import { verifyPassword } from './password';
import { createSession, generateSessionToken } from './session';

const start = new Date('2026-12-01T08:00:00Z');
const minutes = (count: number) => new Date(start.getTime() + count * 60_000);
const facts = { ip: '10.8.0.1' };

let person: Actor;

beforeAll(async () => {
	person = await testPerson('pw-changer', 'participant', null);
});

async function sessionAt(of: Actor, signedInAt: Date) {
	return createSession(generateSessionToken(), of, { now: signedInAt });
}

async function storedHash(of: Actor): Promise<string> {
	const [row] = await (
		await getDb()
	)
		.select({ passwordHash: user.passwordHash })
		.from(user)
		.where(eq(user.id, of.id));
	return row!.passwordHash;
}

describe('changing one’s own password', () => {
	it('needs no old password right after signing in, and ends the other sessions', async () => {
		const other = await sessionAt(person, start);
		const current = await sessionAt(person, minutes(1));
		const result = await changeOwnPassword(
			person,
			current,
			{ currentPassword: '', newPassword: 'Gurkenglas im Garten' },
			facts,
			minutes(5)
		);
		expect(result).toEqual({ ok: true, endedSessions: 1 });
		expect(await verifyPassword(await storedHash(person), 'Gurkenglas im Garten')).toBe(true);
		const left = await (
			await getDb()
		)
			.select({ id: session.id })
			.from(session)
			.where(eq(session.userId, person.id));
		expect(left.map((row) => row.id)).toEqual([current.id]);
		expect(left.map((row) => row.id)).not.toContain(other.id);
		const logged = securityLogLines().filter((line) => line.userId === person.id);
		expect(logged.at(-2)).toMatchObject({ event: 'account-changed', reason: 'password-changed' });
		expect(logged.at(-1)).toMatchObject({
			event: 'session-ended',
			reason: 'password-changed',
			count: 1
		});
		expect(JSON.stringify(logged)).not.toContain('Gurkenglas');
	});

	it('asks for the old password 10 minutes after signing in, and refuses a wrong one', async () => {
		const someone = await testPerson('pw-later', 'participant', null);
		const current = await sessionAt(someone, start);
		const change = { currentPassword: '', newPassword: 'Sonnenblumenfeld' };
		expect(await changeOwnPassword(someone, current, change, facts, minutes(10))).toEqual({
			ok: false,
			reason: 'current-missing'
		});
		expect(
			await changeOwnPassword(
				someone,
				current,
				{ ...change, currentPassword: 'falsch' },
				facts,
				minutes(11)
			)
		).toEqual({ ok: false, reason: 'current-wrong' });
		expect(await verifyPassword(await storedHash(someone), 'pw')).toBe(true);
		expect(
			await changeOwnPassword(
				someone,
				current,
				{ ...change, currentPassword: 'pw' },
				facts,
				minutes(12)
			)
		).toEqual({ ok: true, endedSessions: 0 });
		expect(await verifyPassword(await storedHash(someone), 'Sonnenblumenfeld')).toBe(true);
	});

	it('counts wrong old passwords against the sign-in limit', async () => {
		const someone = await testPerson('pw-guessed', 'participant', null);
		const current = await sessionAt(someone, start);
		const guess = (at: number) =>
			changeOwnPassword(
				someone,
				current,
				{ currentPassword: `guess-${at}`, newPassword: 'Sonnenblumenfeld' },
				facts,
				minutes(at)
			);
		for (let at = 20; at < 25; at++) expect((await guess(at)).ok).toBe(false);
		expect(await guess(26)).toMatchObject({ ok: false, reason: 'too-many-attempts' });
	});

	it('refuses a too short or common new password before anything else', async () => {
		const current = await sessionAt(person, minutes(100));
		for (const [newPassword, reason] of [
			['kurz', 'too-short'],
			['Passwort', 'common']
		] as const) {
			expect(
				await changeOwnPassword(
					person,
					current,
					{ currentPassword: '', newPassword },
					facts,
					minutes(101)
				)
			).toEqual({ ok: false, reason });
		}
	});
});
