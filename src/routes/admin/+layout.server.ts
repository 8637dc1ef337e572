import { enforceRouteAccess } from '$lib/server/access';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, route, url }) => {
	enforceRouteAccess(route.id, locals.user, url);
};
