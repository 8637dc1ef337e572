import type { Role } from './roles';

/**
 * How long a session lasts (OWASP ASVS 5.0, V7.3): it ends after a time without use (idle)
 * and, however much it is used, after a fixed time from signing in (absolute).
 */
export interface SessionLimits {
	idleMs: number;
	absoluteMs: number;
}

const minuteMs = 60 * 1000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/**
 * Participants and trusted persons sign in rarely and with effort (a letter, a password typed
 * slowly), often on their own phone: two weeks without use, a month at most. They also use
 * shared computers in workshops, so a forgotten session does not live for ever.
 */
export const participantSessionLimits: SessionLimits = {
	idleMs: 14 * dayMs,
	absoluteMs: 30 * dayMs
};
/** Staff and the administration see health data of many people: a work day at most. */
export const staffSessionLimits: SessionLimits = { idleMs: 2 * hourMs, absoluteMs: 12 * hourMs };

export function sessionLimitsFor(role: Role): SessionLimits {
	switch (role) {
		case 'participant':
		case 'trusted_person':
			return participantSessionLimits;
		case 'trainer':
		case 'lead':
		case 'admin':
			return staffSessionLimits;
	}
}

/**
 * Use is written down at most this often per session, so most page views only read. The idle
 * limit is then up to this much shorter than promised, never longer.
 */
export const sessionTouchIntervalMs = minuteMs;

/** The times a session keeps. */
export interface SessionTimes {
	/** The idle limit; moves forward with use, never past the absolute limit. */
	expiresAt: Date;
	/** Fixed when the session begins. */
	absoluteExpiresAt: Date;
	lastUsedAt: Date;
}

export function newSessionTimes(role: Role, now: Date): SessionTimes {
	const limits = sessionLimitsFor(role);
	const absoluteExpiresAt = new Date(now.getTime() + limits.absoluteMs);
	return {
		expiresAt: new Date(Math.min(now.getTime() + limits.idleMs, absoluteExpiresAt.getTime())),
		absoluteExpiresAt,
		lastUsedAt: now
	};
}

export type SessionEndReason = 'idle' | 'absolute';

export type SessionCheck =
	| { valid: false; reason: SessionEndReason }
	/** `touch` holds the new times to write, or is null while the last write is recent. */
	| { valid: true; expiresAt: Date; touch: { lastUsedAt: Date; expiresAt: Date } | null };

/**
 * Whether a stored session still holds at `now`, and whether its use must be written down.
 * The limits of the role the account has now apply too, so an account that became staff does
 * not keep a participant's month. Rows from before the limits existed have 0 and end.
 */
export function checkSession(
	stored: SessionTimes & { createdAt: Date },
	role: Role,
	now: Date
): SessionCheck {
	const limits = sessionLimitsFor(role);
	const absoluteEnd = Math.min(
		stored.absoluteExpiresAt.getTime(),
		stored.createdAt.getTime() + limits.absoluteMs
	);
	const idleEnd = Math.min(stored.expiresAt.getTime(), stored.lastUsedAt.getTime() + limits.idleMs);
	const at = now.getTime();
	if (at >= absoluteEnd) return { valid: false, reason: 'absolute' };
	if (at >= idleEnd) return { valid: false, reason: 'idle' };
	if (at - stored.lastUsedAt.getTime() < sessionTouchIntervalMs) {
		return { valid: true, expiresAt: new Date(idleEnd), touch: null };
	}
	const expiresAt = new Date(Math.min(at + limits.idleMs, absoluteEnd));
	return { valid: true, expiresAt, touch: { lastUsedAt: now, expiresAt } };
}

/** A User-Agent is only kept to name the device; longer ones are cut (and could fill the table). */
export const userAgentMaxLength = 256;

export function storedUserAgent(userAgent: string | null | undefined): string {
	return (userAgent ?? '').slice(0, userAgentMaxLength);
}

export type BrowserName = 'Edge' | 'Opera' | 'Samsung Internet' | 'Firefox' | 'Chrome' | 'Safari';
export type SystemName = 'Windows' | 'Android' | 'iOS' | 'macOS' | 'ChromeOS' | 'Linux';

export interface DeviceName {
	browser: BrowserName | null;
	system: SystemName | null;
}

// Order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari",
// and Android also says "Linux".
const browsers: readonly [RegExp, BrowserName][] = [
	[/\bEdg(e|A|iOS)?\//, 'Edge'],
	[/\b(OPR|Opera)\//, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\b(Firefox|FxiOS)\//, 'Firefox'],
	[/\b(Chrome|CriOS|HeadlessChrome)\//, 'Chrome'],
	[/\bVersion\/[\d.]+.*\bSafari\//, 'Safari']
];
const systems: readonly [RegExp, SystemName][] = [
	[/\bWindows\b/, 'Windows'],
	[/\bAndroid\b/, 'Android'],
	[/\b(iPhone|iPad|iPod)\b/, 'iOS'],
	[/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\bLinux\b/, 'Linux']
];

/**
 * A short name for the device a session runs on, good enough for a person to recognise their
 * own phone or the workshop's computer; not a fingerprint, and never used to decide anything.
 */
export function deviceNameOf(userAgent: string): DeviceName {
	const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
	const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
	return { browser, system: browser ? system : null };
}

/**
 * How long after proving who one is a session counts as a fresh sign-in: long enough to make
 * a password after opening a login letter, short enough that a computer left signed in does
 * not let the next person change the password without knowing the old one.
 */
export const freshSignInMs = 10 * minuteMs;

/** Whether the person proved who they are (password, passkey, letter) less than 10 minutes ago. */
export function isFreshSignIn(signedInAt: Date, now: Date): boolean {
	const since = now.getTime() - signedInAt.getTime();
	return since >= 0 && since < freshSignInMs;
}
