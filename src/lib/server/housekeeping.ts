import { deleteExpiredDevices } from './auth/device';
import { deleteExpiredChallenges } from './auth/passkeys';
import { deleteOldSignInAttempts } from './auth/rate-limit';
import { deleteExpiredSessions } from './auth/session';
import { deleteOldWriteAttempts } from './write-limit';

const hourMs = 60 * 60 * 1000;

/**
 * Removes rows that can no longer matter: expired sessions, device trust and passkey challenges,
 * old sign-in attempts and old write counts.
 */
export async function cleanUp(now: Date = new Date()): Promise<void> {
	await Promise.all([
		deleteExpiredSessions(now),
		deleteExpiredDevices(now),
		deleteExpiredChallenges(now),
		deleteOldSignInAttempts(now),
		deleteOldWriteAttempts(now)
	]);
}

/** Cleans up now and then every hour; the timer never keeps the process alive. */
export function scheduleCleanUp(): void {
	const run = () => cleanUp().catch((error: unknown) => console.error('Clean-up failed', error));
	void run();
	setInterval(run, hourMs).unref();
}
