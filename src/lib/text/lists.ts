import type { ReportListState } from '$lib/domain/documents';
import { m } from '$lib/paraglide/messages.js';
import { textOf } from '$lib/text/tables';

export type ListKind = 'bookings' | 'requests' | 'feedback' | 'reports';

const counts: Record<ListKind, { one: () => string; many: (values: { count: number }) => string }> =
	{
		bookings: { one: m.provider_list_bookings_count_one, many: m.provider_list_bookings_count },
		requests: { one: m.provider_list_requests_count_one, many: m.provider_list_requests_count },
		feedback: { one: m.provider_list_feedback_count_one, many: m.provider_list_feedback_count },
		reports: { one: m.provider_list_reports_count_one, many: m.provider_list_reports_count }
	};

/** "673 Buchungen", "1 Buchung": how many rows a staff list holds, in its own word. */
export function listCount(kind: ListKind, count: number): string {
	return count === 1 ? counts[kind].one() : counts[kind].many({ count });
}

/** The report filter's choices. */
export const reportListStateLabel = textOf<ReportListState>({
	draft: m.provider_list_report_draft,
	none: m.reports_state_none,
	final: m.provider_list_report_final
});
