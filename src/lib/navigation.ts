import { m } from '$lib/paraglide/messages.js';
import type { IconName } from '$lib/components/Icon.svelte';
import type { Role } from '$lib/domain/roles';

export interface NavigationItem {
	href: string;
	label: () => string;
	icon: IconName;
}

const participantItems: NavigationItem[] = [
	{ href: '/start', label: m.nav_start, icon: 'start' },
	{ href: '/modules', label: m.nav_modules, icon: 'modules' },
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
		case 'lead':
			return [{ href: '/provider', label: m.nav_overview, icon: 'team' }];
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

/** True when `pathname` is the item's page or one below it. */
export function isCurrent(item: NavigationItem, pathname: string): boolean {
	return pathname === item.href || pathname.startsWith(item.href + '/');
}
