import { createClient } from '@libsql/client';

/**
 * The servers' database file, opened as the app opens it: with a busy timeout, so a write here
 * waits while a server writes instead of failing at once with SQLITE_BUSY.
 */
export function testDatabase(busyTimeoutMs = 5000) {
	return createClient({ url: process.env.E2E_DATABASE_URL!, timeout: busyTimeoutMs });
}

/**
 * Lets time pass for one thing only: the sign-in of every session of the account moves this
 * many minutes back, as if the person had signed in that long ago. The servers read the same
 * database file (playwright.config.ts), so the next request sees it; nothing else changes, and
 * no test waits ten minutes for a sign-in to stop being fresh.
 */
export async function moveSignInBack(username: string, minutes: number): Promise<void> {
	const client = testDatabase();
	try {
		await client.execute({
			sql: 'UPDATE session SET signed_in_at = signed_in_at - ? WHERE user_id = (SELECT id FROM user WHERE username = ?)',
			args: [minutes * 60_000, username]
		});
	} finally {
		client.close();
	}
}

/**
 * Dates one feedback (found by its "Was war gut?" text) back to `at`, as if it had been given
 * then: the satisfaction chart needs months apart, and no test waits for months to pass.
 */
export async function dateFeedbackBack(good: string, at: Date): Promise<void> {
	const client = testDatabase();
	try {
		const result = await client.execute({
			sql: 'UPDATE feedback SET created_at = ? WHERE good = ?',
			args: [at.getTime(), good]
		});
		if (result.rowsAffected !== 1) throw new Error(`No single feedback "${good}"`);
	} finally {
		client.close();
	}
}
