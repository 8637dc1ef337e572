import type { AuditAction, AuditDocument } from '$lib/domain/documents';
import type { Role } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages.js';
import { roleLabel } from '$lib/text/roles';

/** Who opened the documentation: staff by name and role, the funder by the link's label. */
export function accessWho(entry: {
	actorName: string | null;
	actorRole: Role | null;
	shareLabel: string | null;
}): string {
	if (entry.actorName && entry.actorRole)
		return `${entry.actorName} (${roleLabel(entry.actorRole)})`;
	return entry.shareLabel
		? m.log_link_visitor_named({ label: entry.shareLabel })
		: m.log_link_visitor();
}

export function accessWhat(action: AuditAction, document: AuditDocument): string {
	const texts: Record<AuditAction, Record<AuditDocument, () => string>> = {
		viewed: {
			documentation: m.log_viewed_documentation,
			report: m.log_viewed_report,
			data: m.log_viewed_data
		},
		downloaded: {
			documentation: m.log_downloaded_documentation,
			report: m.log_downloaded_report,
			data: m.log_downloaded_data
		}
	};
	return texts[action][document]();
}
