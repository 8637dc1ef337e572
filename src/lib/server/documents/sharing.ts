import { error } from '@sveltejs/kit';
import { and, desc, eq, sql } from 'drizzle-orm';
import {
	shareExpiry,
	shareLinkState,
	type ShareableDocument,
	type ShareExpiryDays,
	type ShareLinkState
} from '$lib/domain/documents';
import { getDb } from '$lib/server/db';
import { shareLink, user } from '$lib/server/db/schema';
import { requireRole, type Actor } from '../access';
import { recordAccess } from '$lib/server/documents/audit';
import { generateSessionToken, isWellFormedToken, sessionIdFromToken } from '../auth/session';
import { latestFinalReport } from '$lib/server/documents/reports';

// Share tokens are made and hashed like session tokens: random from a CSPRNG, only the
// SHA-256 hash stored, so a copy of the database opens no documents.

export interface ShareLinkView {
	id: string;
	document: ShareableDocument;
	label: string;
	createdAt: Date;
	expiresAt: Date;
	revokedAt: Date | null;
	openCount: number;
	lastOpenedAt: Date | null;
	state: ShareLinkState;
}

export type CreateShareResult =
	{ ok: true; linkId: string; token: string } | { ok: false; reason: 'no_final_report' };

/**
 * The participant makes a link for one document. The token is shown once, right after.
 * A repeated submission gets a fresh token for the same link: the first answer never
 * reached the person, so nobody holds its token.
 */
export async function createShareLink(
	actor: Actor,
	input: { document: ShareableDocument; days: ShareExpiryDays; label: string; requestKey: string },
	now: Date = new Date()
): Promise<CreateShareResult> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	const token = generateSessionToken();
	const tokenHash = sessionIdFromToken(token);
	return db.transaction(async (tx): Promise<CreateShareResult> => {
		const [repeated] = await tx
			.select({ id: shareLink.id })
			.from(shareLink)
			.where(
				and(eq(shareLink.requestKey, input.requestKey), eq(shareLink.participantId, participant.id))
			);
		if (repeated) {
			await tx.update(shareLink).set({ tokenHash }).where(eq(shareLink.id, repeated.id));
			return { ok: true, linkId: repeated.id, token };
		}
		let reportId: string | null = null;
		if (input.document === 'report') {
			const report = await latestFinalReport(tx, participant.id);
			if (!report) return { ok: false, reason: 'no_final_report' };
			reportId = report.id;
		}
		const id = crypto.randomUUID();
		await tx.insert(shareLink).values({
			id,
			participantId: participant.id,
			document: input.document,
			reportId,
			label: input.label.trim(),
			tokenHash,
			expiresAt: shareExpiry(now, input.days),
			requestKey: input.requestKey,
			createdAt: now
		});
		return { ok: true, linkId: id, token };
	});
}

/** Every link the participant made, newest first, with how often it was opened. */
export async function ownShareLinks(
	actor: Actor,
	now: Date = new Date()
): Promise<ShareLinkView[]> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	const rows = await db
		.select({
			id: shareLink.id,
			document: shareLink.document,
			label: shareLink.label,
			createdAt: shareLink.createdAt,
			expiresAt: shareLink.expiresAt,
			revokedAt: shareLink.revokedAt,
			openCount: shareLink.openCount,
			lastOpenedAt: shareLink.lastOpenedAt
		})
		.from(shareLink)
		.where(eq(shareLink.participantId, participant.id))
		.orderBy(desc(shareLink.createdAt));
	return rows.map((row) => ({ ...row, state: shareLinkState(row, now) }));
}

export async function ownShareLink(
	actor: Actor,
	linkId: string,
	now: Date = new Date()
): Promise<ShareLinkView> {
	const found = (await ownShareLinks(actor, now)).find((link) => link.id === linkId);
	if (!found) error(404, 'Not Found');
	return found;
}

/** The participant stops a link at once. Stopping twice is fine. */
export async function revokeOwnShareLink(
	actor: Actor,
	linkId: string,
	now: Date = new Date()
): Promise<void> {
	const participant = requireRole(actor, ['participant']);
	const db = await getDb();
	const updated = await db
		.update(shareLink)
		.set({ revokedAt: sql`coalesce(${shareLink.revokedAt}, ${now.getTime()})` })
		.where(and(eq(shareLink.id, linkId), eq(shareLink.participantId, participant.id)))
		.returning({ id: shareLink.id });
	if (updated.length === 0) error(404, 'Not Found');
}

export interface SharedDocument {
	linkId: string;
	participantId: string;
	participantName: string;
	document: ShareableDocument;
	reportId: string | null;
	expiresAt: Date;
}

/**
 * What a token opens, or null. Unknown, tampered, expired and revoked tokens all give null,
 * so the answer tells a guesser nothing.
 */
export async function findSharedDocument(
	token: string,
	now: Date = new Date()
): Promise<SharedDocument | null> {
	if (!isWellFormedToken(token)) return null;
	const db = await getDb();
	const [found] = await db
		.select({
			linkId: shareLink.id,
			participantId: shareLink.participantId,
			participantName: user.displayName,
			document: shareLink.document,
			reportId: shareLink.reportId,
			expiresAt: shareLink.expiresAt,
			revokedAt: shareLink.revokedAt
		})
		.from(shareLink)
		.innerJoin(user, eq(shareLink.participantId, user.id))
		.where(eq(shareLink.tokenHash, sessionIdFromToken(token)));
	if (!found || shareLinkState(found, now) !== 'active') return null;
	const { revokedAt: _, ...shared } = found;
	return shared;
}

/** Counts an opening of the document and writes it into the participant's access log. */
export async function recordSharedOpening(
	shared: SharedDocument,
	now: Date = new Date()
): Promise<void> {
	const db = await getDb();
	await db.transaction(async (tx) => {
		await tx
			.update(shareLink)
			.set({ openCount: sql`${shareLink.openCount} + 1`, lastOpenedAt: now })
			.where(eq(shareLink.id, shared.linkId));
		await recordAccess(
			tx,
			{
				participantId: shared.participantId,
				actorId: null,
				shareLinkId: shared.linkId,
				action: 'downloaded',
				document: shared.document
			},
			now
		);
	});
}
