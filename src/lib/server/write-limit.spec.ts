import { describe, expect, it } from 'vitest';
import { testPerson } from '$test/fixtures';
import { deleteOldWriteAttempts, takeWriteTurn, writeLimit } from './write-limit';

describe('takeWriteTurn', () => {
	it('lets an account write up to the limit in a minute, then asks it to wait', async () => {
		const person = await testPerson(`writer-${crypto.randomUUID()}`, 'participant', null);
		const now = new Date('2026-12-01T10:00:00Z');
		for (let write = 0; write < writeLimit.maxWrites; write++)
			expect(await takeWriteTurn(person.id, now)).toBe(true);
		expect(await takeWriteTurn(person.id, now)).toBe(false);
		// A minute later the turns are free again.
		expect(await takeWriteTurn(person.id, new Date(now.getTime() + writeLimit.windowMs))).toBe(
			true
		);
	});

	it('holds when many posts arrive at the same time', async () => {
		const person = await testPerson(`burst-${crypto.randomUUID()}`, 'participant', null);
		const now = new Date('2026-12-01T10:00:00Z');
		const answers = await Promise.all(
			Array.from({ length: 100 }, () => takeWriteTurn(person.id, now))
		);
		expect(answers.filter(Boolean)).toHaveLength(writeLimit.maxWrites);
	});

	it('counts each account on its own', async () => {
		const busy = await testPerson(`busy-${crypto.randomUUID()}`, 'participant', null);
		const calm = await testPerson(`calm-${crypto.randomUUID()}`, 'participant', null);
		const now = new Date('2026-12-01T10:00:00Z');
		for (let write = 0; write <= writeLimit.maxWrites; write++) await takeWriteTurn(busy.id, now);
		expect(await takeWriteTurn(calm.id, now)).toBe(true);
	});

	it('forgets writes older than the window when cleaning up', async () => {
		const person = await testPerson(`old-${crypto.randomUUID()}`, 'participant', null);
		const then = new Date('2026-12-01T10:00:00Z');
		for (let write = 0; write < writeLimit.maxWrites; write++) await takeWriteTurn(person.id, then);
		const later = new Date(then.getTime() + writeLimit.windowMs + 1);
		await deleteOldWriteAttempts(later);
		expect(await takeWriteTurn(person.id, then)).toBe(true);
	});
});
