import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPageSize } from '$lib/domain/paging';
import type { Actor } from '$lib/server/access';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '$lib/server/auth/session';
import { signIn } from '$lib/server/auth/sign-in';
import { getDb } from '$lib/server/db';
import { participantProfile, user } from '$lib/server/db/schema';
import { accessLogOf } from '$lib/server/documents/audit';
import { insertTestProviders, testPerson, unique } from '$test/fixtures';
import {
	closeAccount,
	createParticipantAccount,
	createProvider,
	createStaffAccount,
	findAccountByUsername,
	getManagedAccount,
	reopenAccount,
	searchAllAccounts,
	searchOwnParticipants,
	unlockAccount,
	updateStaffAccount,
	type ParticipantInput
} from './service';

beforeAll(insertTestProviders);

const status = (promise: Promise<unknown>) =>
	promise.then(
		() => 200,
		(error: { status?: number }) => error.status
	);

/** What Clara's lead writes down about reaching her and what helps her. */
const claraProfile = {
	email: 'clara@example.org',
	phone: '07621 123',
	easyLanguage: true,
	largePrint: false,
	readAloud: true,
	viaTrustedPerson: true
};

const participantInput = (username: string): ParticipantInput => ({
	displayName: 'Clara Beispiel',
	username,
	locale: 'de',
	...claraProfile
});

/** A participant with the password "pw" whose account the lead's provider made. */
async function ownParticipant(lead: Actor): Promise<Actor> {
	const person = await testPerson(unique('pia'), 'participant', null);
	await (
		await getDb()
	)
		.insert(participantProfile)
		.values({ userId: person.id, providerId: lead.providerId!, createdBy: lead.id });
	return person;
}

describe('participant accounts', () => {
	it('are made by a lead, for their own provider, with the communication needs', async () => {
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const username = unique('clara');
		const made = await createParticipantAccount(lead, participantInput(username.toUpperCase()));
		if (!made.ok) throw new Error(made.reason);
		const account = await getManagedAccount(lead, made.id);
		expect(account).toMatchObject({
			username,
			role: 'participant',
			providerId: 'lh',
			closedAt: null,
			letter: { state: null },
			profile: claraProfile
		});
		// Without e-mail and phone the needs are still there.
		const plain = await createParticipantAccount(lead, {
			...participantInput(unique('ida')),
			email: null,
			phone: null
		});
		if (!plain.ok) throw new Error(plain.reason);
		expect((await getManagedAccount(lead, plain.id)).profile).toEqual({
			email: null,
			phone: null,
			easyLanguage: true,
			largePrint: false,
			readAloud: true,
			viaTrustedPerson: true
		});
		// A participant's account is no staff account: no provider of their own.
		const [row] = await (await getDb()).select().from(user).where(eq(user.id, made.id));
		expect(row?.providerId).toBeNull();
	});

	it('refuse a user name that is taken, whatever its case', async () => {
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const username = unique('clara');
		expect((await createParticipantAccount(lead, participantInput(username))).ok).toBe(true);
		expect(await createParticipantAccount(lead, participantInput(username.toUpperCase()))).toEqual({
			ok: false,
			reason: 'username-taken'
		});
	});

	it('are never made by trainers, participants or the administration', async () => {
		for (const [role, provider] of [
			['trainer', 'lh'],
			['participant', null],
			['admin', null]
		] as const) {
			const actor = await testPerson(unique(role), role, provider);
			expect(await status(createParticipantAccount(actor, participantInput(unique('x'))))).toBe(
				403
			);
		}
	});

	it('are looked after only by leads of the provider that made them', async () => {
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const otherLead = await testPerson(unique('jo'), 'lead', 'jh');
		const trainer = await testPerson(unique('tom'), 'trainer', 'lh');
		const admin = await testPerson(unique('admin'), 'admin', null);
		const clara = await ownParticipant(lead);
		expect(await status(getManagedAccount(lead, clara.id))).toBe(200);
		for (const actor of [otherLead, trainer, admin]) {
			expect(await status(getManagedAccount(actor, clara.id))).toBe(404);
			expect(await status(closeAccount(actor, clara.id))).toBe(404);
			expect(await status(unlockAccount(actor, clara.id))).toBe(404);
		}
		const own = await searchOwnParticipants(lead, '', 1);
		expect(own.rows.map((row) => row.id)).toContain(clara.id);
		expect((await searchOwnParticipants(otherLead, '', 1)).rows.map((row) => row.id)).not.toContain(
			clara.id
		);
	});
});

describe('closing an account', () => {
	it('stops sign-in as a wrong password does, ends sessions, and deletes nothing', async () => {
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const clara = await ownParticipant(lead);
		const token = generateSessionToken();
		await createSession(token, { id: clara.id, role: 'participant' });
		expect((await signIn({ username: clara.username, password: 'pw', ip: '192.0.2.50' })).ok).toBe(
			true
		);

		expect(await closeAccount(lead, clara.id)).toEqual({ ok: true, changed: true });
		expect(await signIn({ username: clara.username, password: 'pw', ip: '192.0.2.50' })).toEqual({
			ok: false,
			reason: 'wrong-credentials'
		});
		expect((await validateSessionToken(token)).user).toBeNull();
		const [row] = await (await getDb()).select().from(user).where(eq(user.id, clara.id));
		expect(row).toMatchObject({ displayName: clara.displayName, closedBy: lead.id });
		expect((await accessLogOf(await getDb(), clara.id)).map((entry) => entry.action)).toEqual([
			'closed'
		]);
	});

	it('a session begun while closed ends at its first use', async () => {
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const clara = await ownParticipant(lead);
		await closeAccount(lead, clara.id);
		const token = generateSessionToken();
		await createSession(token, { id: clara.id, role: 'participant' });
		expect((await validateSessionToken(token)).user).toBeNull();
	});

	it('is undone by the same role: a lead for a participant, the administration for staff', async () => {
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const admin = await testPerson(unique('admin'), 'admin', null);
		const clara = await ownParticipant(lead);
		await closeAccount(lead, clara.id);
		expect(await status(reopenAccount(admin, clara.id))).toBe(404);
		expect(await reopenAccount(lead, clara.id)).toEqual({ ok: true, changed: true });
		expect((await signIn({ username: clara.username, password: 'pw', ip: '192.0.2.51' })).ok).toBe(
			true
		);

		const trainer = await testPerson(unique('tom'), 'trainer', 'lh');
		expect(await status(closeAccount(lead, trainer.id))).toBe(404);
		await closeAccount(admin, trainer.id);
		expect(await status(reopenAccount(lead, trainer.id))).toBe(404);
		expect(await reopenAccount(admin, trainer.id)).toEqual({ ok: true, changed: true });
	});
});

describe('unlocking', () => {
	it('forgives the failed sign-ins, so the person may try again at once', async () => {
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const clara = await ownParticipant(lead);
		for (let i = 0; i < 5; i++)
			await signIn({ username: clara.username, password: 'wrong', ip: `192.0.2.${60 + i}` });
		expect((await getManagedAccount(lead, clara.id)).waitMs).toBeGreaterThan(0);
		expect((await signIn({ username: clara.username, password: 'pw', ip: '192.0.2.70' })).ok).toBe(
			false
		);

		// The sixth try waited and was not written down.
		expect((await unlockAccount(lead, clara.id)).forgiven).toBe(5);
		expect((await getManagedAccount(lead, clara.id)).waitMs).toBe(0);
		expect((await signIn({ username: clara.username, password: 'pw', ip: '192.0.2.71' })).ok).toBe(
			true
		);
	});
});

describe('staff accounts', () => {
	it('are made by the administration for a provider that exists, with a free user name', async () => {
		const admin = await testPerson(unique('admin'), 'admin', null);
		const username = unique('nora');
		const input = { displayName: 'Nora', username, role: 'lead', providerId: 'jh' } as const;
		const made = await createStaffAccount(admin, input);
		if (!made.ok) throw new Error(made.reason);
		expect(await getManagedAccount(admin, made.id)).toMatchObject({
			role: 'lead',
			providerId: 'jh'
		});
		expect(await createStaffAccount(admin, input)).toEqual({ ok: false, reason: 'username-taken' });
		expect(
			await createStaffAccount(admin, { ...input, username: unique('x'), providerId: 'nowhere' })
		).toEqual({ ok: false, reason: 'unknown-provider' });
		expect(await findAccountByUsername(admin, username.toUpperCase())).toBe(made.id);
		expect(await findAccountByUsername(admin, unique('nobody'))).toBeNull();
	});

	it('keep how the role is said with the name, new (neutral unless chosen) and changed', async () => {
		const admin = await testPerson(unique('admin'), 'admin', null);
		const base = { displayName: 'Ole', role: 'trainer', providerId: 'lh' } as const;
		const plain = await createStaffAccount(admin, { ...base, username: unique('ole') });
		const chosen = await createStaffAccount(admin, {
			...base,
			username: unique('ole'),
			roleWording: 'masculine'
		});
		if (!plain.ok || !chosen.ok) throw new Error('not made');
		expect((await getManagedAccount(admin, plain.id)).roleWording).toBe('neutral');
		expect((await getManagedAccount(admin, chosen.id)).roleWording).toBe('masculine');
		await updateStaffAccount(admin, chosen.id, { ...base, roleWording: 'feminine' });
		expect((await getManagedAccount(admin, chosen.id)).roleWording).toBe('feminine');
		// A change that does not name it leaves it as it is.
		await updateStaffAccount(admin, chosen.id, { ...base, displayName: 'Ola' });
		expect((await getManagedAccount(admin, chosen.id)).roleWording).toBe('feminine');
	});

	it('are never made by leads or trainers', async () => {
		for (const role of ['lead', 'trainer'] as const) {
			const actor = await testPerson(unique(role), role, 'lh');
			const input = {
				displayName: 'X',
				username: unique('x'),
				role: 'trainer',
				providerId: 'lh'
			} as const;
			expect(await status(createStaffAccount(actor, input))).toBe(403);
			expect(
				await status(createProvider(actor, { name: unique('p'), phone: null, places: [] }))
			).toBe(403);
		}
	});

	it('change role and provider; the sessions of the old role end', async () => {
		const admin = await testPerson(unique('admin'), 'admin', null);
		const trainer = await testPerson(unique('tom'), 'trainer', 'lh');
		const token = generateSessionToken();
		await createSession(token, { id: trainer.id, role: 'trainer' });
		expect(
			await updateStaffAccount(admin, trainer.id, {
				displayName: 'Tom Neu',
				role: 'lead',
				providerId: 'jh'
			})
		).toEqual({ ok: true });
		expect(await getManagedAccount(admin, trainer.id)).toMatchObject({
			displayName: 'Tom Neu',
			role: 'lead',
			providerId: 'jh'
		});
		expect((await validateSessionToken(token)).user).toBeNull();
		// A participant is no staff account, even for the administration.
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const clara = await ownParticipant(lead);
		expect(
			await status(
				updateStaffAccount(admin, clara.id, { displayName: 'X', role: 'lead', providerId: 'lh' })
			)
		).toBe(404);
	});
});

describe('searching accounts', () => {
	it('finds by name or user name, 50 to a page', async () => {
		const admin = await testPerson(unique('admin'), 'admin', null);
		const lead = await testPerson(unique('lea'), 'lead', 'lh');
		const marker = unique('zebra').replace('-', '');
		for (let i = 0; i < listPageSize + 3; i++) {
			const made = await createParticipantAccount(lead, {
				...participantInput(`${marker}${i}`),
				displayName: `Person ${i}`
			});
			expect(made.ok).toBe(true);
		}
		const first = await searchAllAccounts(admin, marker.toUpperCase(), 1);
		expect(first).toMatchObject({ total: listPageSize + 3, page: 1, pages: 2 });
		expect(first.rows).toHaveLength(listPageSize);
		const second = await searchAllAccounts(admin, marker, 2);
		expect(second.rows).toHaveLength(3);
		// A page past the end shows the last one; LIKE's own signs are looked for as they are.
		expect((await searchAllAccounts(admin, marker, 9)).page).toBe(2);
		expect((await searchAllAccounts(admin, '%', 1)).total).toBe(0);
		expect((await searchOwnParticipants(lead, 'Person 5', 1)).rows[0]?.displayName).toBe(
			'Person 5'
		);
		// 53 accounts with their sign-in letters take a few seconds on a busy machine.
	}, 30_000);
});

describe('providers', () => {
	it('are made with their places, and a name only once', async () => {
		const admin = await testPerson(unique('admin'), 'admin', null);
		const name = unique('Werkstatt');
		const input = { name, phone: '0761 1', places: [{ name: 'Haus A', town: 'Lörrach' }] };
		expect((await createProvider(admin, input)).ok).toBe(true);
		expect(await createProvider(admin, { ...input, name: name.toUpperCase() })).toEqual({
			ok: false,
			reason: 'name-taken'
		});
	});
});
