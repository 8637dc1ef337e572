import { and, desc, eq, gt } from 'drizzle-orm';
import { viewLogWindowMinutes, type AuditAction, type AuditDocument } from '$lib/domain/documents';
import type { Role, RoleWording } from '$lib/domain/roles';
import { getDb } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { auditEvent, shareLink, user } from '$lib/server/db/schema';
import { requireRole, type Actor } from '../access';

export interface AccessRecord {
	participantId: string;
	action: AuditAction;
	document: AuditDocument;
	/** The staff member; null when the funder came through a share link. */
	actorId: string | null;
	shareLinkId?: string | null;
}

/**
 * Writes one line of the participant's access log. Views by the same person within the
 * window count once: a trainer who reloads a page all morning is one visit, not fifty.
 */
export async function recordAccess(
	db: Executor,
	record: AccessRecord,
	now: Date = new Date()
): Promise<void> {
	if (record.action === 'viewed' && record.actorId) {
		const since = new Date(now.getTime() - viewLogWindowMinutes * 60 * 1000);
		const [recent] = await db
			.select({ id: auditEvent.id })
			.from(auditEvent)
			.where(
				and(
					eq(auditEvent.participantId, record.participantId),
					eq(auditEvent.actorId, record.actorId),
					eq(auditEvent.action, 'viewed'),
					eq(auditEvent.document, record.document),
					gt(auditEvent.at, since)
				)
			)
			.limit(1);
		if (recent) return;
	}
	await db.insert(auditEvent).values({
		participantId: record.participantId,
		actorId: record.actorId,
		shareLinkId: record.shareLinkId ?? null,
		action: record.action,
		document: record.document,
		at: now
	});
}

export interface AccessLogEntry {
	at: Date;
	action: AuditAction;
	document: AuditDocument;
	/** Staff name and role, or null with the share link's label when the funder opened a link. */
	actorName: string | null;
	actorRole: Role | null;
	actorRoleWording: RoleWording | null;
	shareLabel: string | null;
}

/** What the access log shows of each event: when, what, and who (a staff member or a share link). */
const accessLogColumns = {
	at: auditEvent.at,
	action: auditEvent.action,
	document: auditEvent.document,
	actorName: user.displayName,
	actorRole: user.role,
	actorRoleWording: user.roleWording,
	shareLabel: shareLink.label
};

export async function accessLogOf(db: Executor, participantId: string): Promise<AccessLogEntry[]> {
	return db
		.select(accessLogColumns)
		.from(auditEvent)
		.leftJoin(user, eq(auditEvent.actorId, user.id))
		.leftJoin(shareLink, eq(auditEvent.shareLinkId, shareLink.id))
		.where(eq(auditEvent.participantId, participantId))
		.orderBy(desc(auditEvent.at), desc(auditEvent.id));
}

/** The participant's access log: who opened or downloaded their documentation, newest first. */
export async function ownAccessLog(actor: Actor): Promise<AccessLogEntry[]> {
	const participant = requireRole(actor, ['participant']);
	return accessLogOf(await getDb(), participant.id);
}
