import type { AuditAction, AuditDocument } from '$lib/domain/documents';
import type { Role, RoleWording } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages.js';
import { nameWithRole } from '$lib/text/roles';

/** Who opened the documentation: staff by name and role, the funder by the link's label. */
export function accessWho(entry: {
	actorName: string | null;
	actorRole: Role | null;
	actorRoleWording: RoleWording | null;
	shareLabel: string | null;
}): string {
	if (entry.actorName && entry.actorRole)
		return nameWithRole(entry.actorName, entry.actorRole, entry.actorRoleWording ?? 'neutral');
	return entry.shareLabel
		? m.log_link_visitor_named({ label: entry.shareLabel })
		: m.log_link_visitor();
}

/** What was done to the account itself; the document is always "account". */
const accountTexts = {
	'new-letter': m.log_account_new_letter,
	closed: m.log_account_closed,
	reopened: m.log_account_reopened,
	unlocked: m.log_account_unlocked
} satisfies Record<Exclude<AuditAction, 'viewed' | 'downloaded'>, () => string>;

export function accessWhat(action: AuditAction, document: AuditDocument): string {
	if (action !== 'viewed' && action !== 'downloaded') return accountTexts[action]();
	if (document === 'account') return m.log_viewed_data();
	const texts: Record<
		'viewed' | 'downloaded',
		Record<Exclude<AuditDocument, 'account'>, () => string>
	> = {
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
