import { error, redirect } from '@sveltejs/kit';
import type { Role } from '$lib/domain/roles';
import type { SessionUser } from './auth/session';

/**
 * The one place that decides who may open which part of the portal. Route guards
 * (hooks and group layouts) and every service function ask here.
 */

export type Actor = SessionUser;

/** Route groups and the roles that may use them. The first matching prefix wins. */
const areas: readonly { routePrefix: string; roles: readonly Role[] }[] = [
	{ routePrefix: '/(participant)', roles: ['participant'] },
	{ routePrefix: '/provider', roles: ['trainer', 'lead'] },
	{ routePrefix: '/admin', roles: ['admin'] }
];

export type RouteAccess = 'allowed' | 'sign-in' | 'forbidden';

function matches(routeId: string, prefix: string): boolean {
	return routeId === prefix || routeId.startsWith(prefix + '/');
}

/** Decides access to a route by its SvelteKit route id, e.g. "/(participant)/start". */
export function routeAccess(routeId: string | null, actor: Actor | null): RouteAccess {
	const area = routeId ? areas.find((entry) => matches(routeId, entry.routePrefix)) : undefined;
	if (!area) return 'allowed';
	if (!actor) return 'sign-in';
	return area.roles.includes(actor.role) ? 'allowed' : 'forbidden';
}

export function signInPath(url: URL): string {
	return `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;
}

/** For page loads: sends signed-out people to the login and others to the 403 page. */
export function enforceRouteAccess(routeId: string | null, actor: Actor | null, url: URL): void {
	const access = routeAccess(routeId, actor);
	if (access === 'sign-in') redirect(303, signInPath(url));
	if (access === 'forbidden') error(403, 'Forbidden');
}

/** For services: the actor must have one of these roles. Returns the actor for chaining. */
export function requireRole(actor: Actor | null, allowed: readonly Role[]): Actor {
	if (!actor) error(401, 'Unauthorized');
	if (!allowed.includes(actor.role)) error(403, 'Forbidden');
	return actor;
}
