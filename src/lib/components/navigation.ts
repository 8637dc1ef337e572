import { m } from '$lib/paraglide/messages.js';
import type { IconName } from '$lib/components/Icon.svelte';
import type { Role } from '$lib/domain/roles';

export interface NavigationItem {
	href: string;
	label: () => string;
	icon: IconName;
	/** Other paths that belong to this entry, so it stays marked there too. */
	also?: string[];
}

const participantItems: NavigationItem[] = [
	{ href: '/start', label: m.nav_start, icon: 'start' },
	{ href: '/modules', label: m.nav_modules, icon: 'modules', also: ['/my-modules'] },
	{ href: '/goals', label: m.nav_goals, icon: 'goals' },
	{ href: '/hours', label: m.nav_hours, icon: 'hours' },
	{ href: '/feedback', label: m.nav_feedback, icon: 'feedback' },
	{ href: '/documents', label: m.nav_documents, icon: 'documents' }
];

/** The main menu for a role; help sits apart, in the same place on every page. */
export function navigationFor(role: Role | null): NavigationItem[] {
	switch (role) {
		case 'participant':
			return participantItems;
		case 'trainer':
			return [
				{ href: '/provider', label: m.nav_overview, icon: 'team' },
				{ href: '/provider/bookings', label: m.provider_bookings_title, icon: 'bookings' },
				{ href: '/provider/feedback', label: m.provider_feedback_link, icon: 'feedback' },
				{ href: '/provider/reports', label: m.nav_reports, icon: 'report' }
			];
		case 'lead':
			return [
				{ href: '/provider', label: m.nav_overview, icon: 'team' },
				{ href: '/provider/requests', label: m.provider_requests_title, icon: 'requests' },
				{ href: '/provider/bookings', label: m.provider_bookings_title, icon: 'bookings' },
				{ href: '/provider/feedback', label: m.provider_feedback_link, icon: 'feedback' },
				{ href: '/provider/reports', label: m.nav_reports, icon: 'report' },
				{ href: '/provider/billing', label: m.provider_billing_link, icon: 'documents' },
				{ href: '/provider/participants', label: m.provider_participants_title, icon: 'person' }
			];
		case 'admin':
			return [{ href: '/admin', label: m.nav_overview, icon: 'admin' }];
		case 'trusted_person':
		case null:
			return [
				{ href: '/modules', label: m.nav_modules, icon: 'modules' },
				...(role === null ? [{ href: '/login', label: m.nav_login, icon: 'login' as const }] : [])
			];
	}
}

/**
 * The entry to mark for `pathname`: the one whose path matches longest, so /provider/bookings
 * marks "Buchungen" and not also "Übersicht".
 */
export function currentItem(items: NavigationItem[], pathname: string): NavigationItem | undefined {
	let best: { item: NavigationItem; length: number } | undefined;
	for (const item of items) {
		for (const href of [item.href, ...(item.also ?? [])]) {
			if (
				(pathname === href || pathname.startsWith(href + '/')) &&
				href.length > (best?.length ?? -1)
			) {
				best = { item, length: href.length };
			}
		}
	}
	return best?.item;
}
