import pino from 'pino';

/**
 * The security log (OWASP ASVS V16): one JSON line per event that matters for security, for
 * the operator to keep and search. It says who, when, what and from where, and never carries
 * a password, a token, or anything people wrote (notes, goals, feedback): the facts below are
 * the only fields there are, and none of them holds free text.
 *
 * Lines go to standard output, or to the file named in SECURITY_LOG.
 */

export const securityEvents = [
	'sign-in',
	'sign-in-failed',
	'sign-in-locked',
	'sign-out',
	'session-ended',
	'access-refused',
	'write-limited',
	'account-changed'
] as const;
export type SecurityEvent = (typeof securityEvents)[number];

export interface SecurityFacts {
	/** The account that acted, when known. */
	userId?: string | null;
	role?: string | null;
	/** The name typed at sign-in (lower case); only on sign-in events, where no account may exist. */
	username?: string;
	/** The client address as adapter-node reports it. */
	ip?: string;
	method?: string;
	/** The route id ("/provider/bookings/[id]"), never the concrete address with its ids and tokens. */
	route?: string | null;
	status?: number;
	/** A fixed word that says why ("wrong-credentials", "idle", "absolute", "other-sessions" …). */
	reason?: string;
	/** The account an action was done to (a lead ends someone's sessions, …). */
	targetUserId?: string;
	/** How many rows the event touched (sessions ended, …). */
	count?: number;
}

function destination(): pino.DestinationStream {
	const file = process.env.SECURITY_LOG;
	// Synchronous: the log is small, and a line must not be lost when the process ends.
	return file
		? pino.destination({ dest: file, sync: true, mkdir: true })
		: pino.destination({ dest: 1, sync: true });
}

let logger: pino.Logger | null = null;

function securityLogger(): pino.Logger {
	logger ??= pino(
		{
			base: { log: 'security' },
			messageKey: 'event',
			timestamp: pino.stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) }
		},
		destination()
	);
	return logger;
}

/** Failures and refusals are warnings, everything else information. */
const warnings: ReadonlySet<SecurityEvent> = new Set([
	'sign-in-failed',
	'sign-in-locked',
	'access-refused',
	'write-limited'
]);

export function logSecurityEvent(event: SecurityEvent, facts: SecurityFacts = {}): void {
	const log = securityLogger();
	if (warnings.has(event)) log.warn(facts, event);
	else log.info(facts, event);
}
