import { and, count, eq, gt, lt } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { writeAttempt } from '$lib/server/db/schema';

/**
 * How many form posts one account may send in a minute. A person filling in forms by hand
 * never comes near it (a quick trainer logs an entry in ten seconds); a script that stores
 * hundreds of feedback entries a second is stopped after the first 30.
 */
export const writeLimit = { maxWrites: 30, windowMs: 60_000 } as const;

/**
 * Records one write of this account and says whether it may go ahead. The count and the
 * record share one write transaction, so parallel posts cannot pass the limit together.
 */
export async function takeWriteTurn(userId: string, now: Date = new Date()): Promise<boolean> {
	const db = await getDb();
	return db.transaction(async (tx) => {
		const since = new Date(now.getTime() - writeLimit.windowMs);
		const [row] = await tx
			.select({ writes: count() })
			.from(writeAttempt)
			.where(and(eq(writeAttempt.userId, userId), gt(writeAttempt.at, since)));
		if ((row?.writes ?? 0) >= writeLimit.maxWrites) return false;
		await tx.insert(writeAttempt).values({ userId, at: now });
		return true;
	});
}

/** Rows older than the window no longer count. */
export async function deleteOldWriteAttempts(now: Date = new Date()): Promise<void> {
	const db = await getDb();
	await db
		.delete(writeAttempt)
		.where(lt(writeAttempt.at, new Date(now.getTime() - writeLimit.windowMs + 1)));
}
