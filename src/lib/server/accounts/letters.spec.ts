import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { letterLifetimeMs } from '$lib/domain/accounts';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { loginLetter } from '$lib/server/db/schema';
import { accessLogOf } from '$lib/server/documents/audit';
import { insertTestProviders, testPerson, unique } from '$test/fixtures';
import { securityLogLines } from '$test/security-log';
import { letterHash, makeLoginLetter, redeemLoginLetter, isUsableLetter } from './letters';
import { closeAccount, createParticipantAccount } from './service';

beforeAll(insertTestProviders);

const t0 = new Date('2026-12-01T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

async function participantOf(lead: Awaited<ReturnType<typeof testPerson>>) {
	const made = await createParticipantAccount(lead, {
		displayName: 'Clara Test',
		username: unique('clara'),
		locale: 'de',
		email: null,
		phone: null,
		easyLanguage: true,
		largePrint: true,
		readAloud: false,
		viaTrustedPerson: false
	});
	if (!made.ok) throw new Error(made.reason);
	return made.id;
}

async function setUp() {
	const lead = await testPerson(unique('lea'), 'lead', 'lh');
	return { lead, clara: await participantOf(lead) };
}

describe('a login letter', () => {
	it('signs in within 14 days, and not a millisecond after', async () => {
		const { lead, clara } = await setUp();
		const first = await makeLoginLetter(lead, clara, {}, t0);
		expect(first.expiresAt.getTime() - t0.getTime()).toBe(letterLifetimeMs);
		expect(await redeemLoginLetter(first.code, {}, later(letterLifetimeMs))).toEqual({ ok: false });

		const second = await makeLoginLetter(lead, clara, {}, t0);
		expect(await isUsableLetter(second.code, later(letterLifetimeMs - 1))).toBe(true);
		expect(await redeemLoginLetter(second.code, {}, later(letterLifetimeMs - 1))).toEqual({
			ok: true,
			userId: clara,
			role: 'participant'
		});
	});

	it('works once: a second use, also typed in another way, does nothing', async () => {
		const { lead, clara } = await setUp();
		const { code } = await makeLoginLetter(lead, clara, {}, t0);
		expect((await redeemLoginLetter(code, {}, t0)).ok).toBe(true);
		expect(await redeemLoginLetter(code, {}, t0)).toEqual({ ok: false });
		expect(await redeemLoginLetter(code.toLowerCase().replace(/(.{4})/g, '$1-'), {}, t0)).toEqual({
			ok: false
		});
		expect(await isUsableLetter(code, t0)).toBe(false);
	});

	it('accepts the grouped and lower-case code, and refuses a tampered or unknown one', async () => {
		const { lead, clara } = await setUp();
		const { code } = await makeLoginLetter(lead, clara, {}, t0);
		const tampered = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
		expect(await redeemLoginLetter(tampered, {}, t0)).toEqual({ ok: false });
		expect(await redeemLoginLetter('nonsense', {}, t0)).toEqual({ ok: false });
		const grouped = code
			.toLowerCase()
			.match(/.{1,4}/g)!
			.join('-');
		expect((await redeemLoginLetter(grouped, {}, t0)).ok).toBe(true);
	});

	it('ends when a new letter is made, and so do all sessions of the person', async () => {
		const { lead, clara } = await setUp();
		const old = await makeLoginLetter(lead, clara, {}, t0);
		const token = generateSessionToken();
		await createSession(token, { id: clara, role: 'participant' }, { now: t0 });
		expect((await validateSessionToken(token, later(1000))).user?.id).toBe(clara);

		const fresh = await makeLoginLetter(lead, clara, {}, later(2000));
		expect((await validateSessionToken(token, later(3000))).user).toBeNull();
		expect(await redeemLoginLetter(old.code, {}, later(4000))).toEqual({ ok: false });
		expect((await redeemLoginLetter(fresh.code, {}, later(4000))).ok).toBe(true);
	});

	it('is kept only as its SHA-256 hash', async () => {
		const { lead, clara } = await setUp();
		const { code } = await makeLoginLetter(lead, clara, {}, t0);
		const rows = await (
			await getDb()
		)
			.select()
			.from(loginLetter)
			.where(eq(loginLetter.userId, clara));
		expect(rows).toHaveLength(1);
		expect(rows[0]!.tokenHash).toBe(letterHash(code));
		expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(rows)).not.toContain(code);
		// Nor does the security log hold it.
		expect(JSON.stringify(securityLogLines())).not.toContain(code);
	});

	it('stops working when the account is closed', async () => {
		const { lead, clara } = await setUp();
		const { code } = await makeLoginLetter(lead, clara, {}, t0);
		await closeAccount(lead, clara, {}, later(1));
		expect(await redeemLoginLetter(code, {}, later(2))).toEqual({ ok: false });
	});

	it('shows in the participant’s access log, with who made it', async () => {
		const { lead, clara } = await setUp();
		await makeLoginLetter(lead, clara, {}, t0);
		const log = await accessLogOf(await getDb(), clara);
		expect(log).toEqual([
			expect.objectContaining({
				action: 'new-letter',
				document: 'account',
				actorName: lead.displayName,
				actorRole: 'lead'
			})
		]);
		expect(securityLogLines()).toContainEqual(
			expect.objectContaining({
				event: 'account-changed',
				reason: 'new-letter',
				userId: lead.id,
				targetUserId: clara
			})
		);
	});

	it('is made only by a lead of the participant’s provider, or by the administration for staff', async () => {
		const { lead, clara } = await setUp();
		const otherLead = await testPerson(unique('jo'), 'lead', 'jh');
		const trainer = await testPerson(unique('tom'), 'trainer', 'lh');
		const admin = await testPerson(unique('admin'), 'admin', null);
		const colleague = await testPerson(unique('tim'), 'trainer', 'lh');
		const status = (promise: Promise<unknown>) =>
			promise.then(
				() => 200,
				(error: { status?: number }) => error.status
			);
		expect(await status(makeLoginLetter(otherLead, clara, {}, t0))).toBe(404);
		expect(await status(makeLoginLetter(trainer, clara, {}, t0))).toBe(404);
		expect(await status(makeLoginLetter(admin, clara, {}, t0))).toBe(404);
		expect(await status(makeLoginLetter(lead, colleague.id, {}, t0))).toBe(404);
		expect(await status(makeLoginLetter(admin, colleague.id, {}, t0))).toBe(200);
		expect(await status(makeLoginLetter(admin, admin.id, {}, t0))).toBe(404);
		// Nothing was made by the refused ones.
		const rows = await (
			await getDb()
		)
			.select({ id: loginLetter.id })
			.from(loginLetter)
			.where(eq(loginLetter.userId, clara));
		expect(rows).toHaveLength(0);
	});
});
