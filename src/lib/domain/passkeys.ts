/**
 * A WebAuthn challenge is good for one answer within a few minutes: enough for a person who
 * looks for their phone or reads the browser's question slowly, short enough that an old one
 * is worth nothing.
 */
export const challengeLifetimeMs = 5 * 60 * 1000;

/** Long enough for "Handy von meiner Schwester", short enough for one line in the list. */
export const passkeyNameMaxLength = 60;

export interface StoredChallenge {
	expiresAt: Date;
}

export function challengeExpiresAt(now: Date): Date {
	return new Date(now.getTime() + challengeLifetimeMs);
}

/** Whether a stored challenge may still be answered at `now`; used ones are gone from the table. */
export function isChallengeLive(challenge: StoredChallenge, now: Date): boolean {
	return now.getTime() < challenge.expiresAt.getTime();
}

/**
 * Sign-in challenges kept per address: before sign-in nobody is known, so without a bound
 * anybody could fill the table. Beyond it, the oldest of that address goes. A whole office
 * behind one address rarely has this many people on the login page within 5 minutes.
 */
export const maxOpenSignInChallengesPerAddress = 30;
