import type { ReportListState } from '$lib/domain/documents';
import { m } from '$lib/paraglide/messages.js';
import { textOf } from '$lib/text/tables';

export type ListKind =
	'bookings' | 'requests' | 'feedback' | 'reports' | 'accounts' | 'participants';

type Words = () => string;

/** Each list's address and words: its table's name, what it says empty, what it counts. */
const lists: Record<
	ListKind,
	{
		path: string;
		caption: Words;
		empty: Words;
		/** What the search looks at; the participant's name unless said here. */
		searchLabel?: Words;
		one: Words;
		many: (values: { count: number }) => string;
	}
> = {
	bookings: {
		path: '/provider/bookings',
		caption: m.provider_bookings_title,
		empty: m.provider_bookings_empty,
		one: m.provider_list_bookings_count_one,
		many: m.provider_list_bookings_count
	},
	requests: {
		path: '/provider/requests',
		caption: m.provider_requests_title,
		empty: m.provider_requests_empty,
		one: m.provider_list_requests_count_one,
		many: m.provider_list_requests_count
	},
	feedback: {
		path: '/provider/feedback',
		caption: m.provider_feedback_title,
		empty: m.provider_feedback_empty,
		one: m.provider_list_feedback_count_one,
		many: m.provider_list_feedback_count
	},
	reports: {
		path: '/provider/reports',
		caption: m.reports_title,
		empty: m.reports_empty,
		one: m.provider_list_reports_count_one,
		many: m.provider_list_reports_count
	},
	accounts: {
		path: '/admin',
		caption: m.admin_users_title,
		empty: m.admin_users_empty,
		searchLabel: m.account_search_label,
		one: m.admin_users_count_one,
		many: m.admin_users_count
	},
	// The lead's participant accounts count people, as the report list does.
	participants: {
		path: '/provider/participants',
		caption: m.provider_participants_title,
		empty: m.provider_participants_empty,
		searchLabel: m.account_search_label,
		one: m.provider_list_reports_count_one,
		many: m.provider_list_reports_count
	}
};

/** "673 Buchungen", "1 Buchung": how many rows a staff list holds, in its own word. */
export function listCount(kind: ListKind, count: number): string {
	return count === 1 ? lists[kind].one() : lists[kind].many({ count });
}

/** The list's address, table name, empty text and search label, in the page's language. */
export function listWords(kind: ListKind) {
	const list = lists[kind];
	return {
		path: list.path,
		caption: list.caption(),
		empty: list.empty(),
		searchLabel: list.searchLabel?.()
	};
}

/** The report filter's choices. */
export const reportListStateLabel = textOf<ReportListState>({
	draft: m.provider_list_report_draft,
	none: m.reports_state_none,
	final: m.provider_list_report_final
});
