import { listProvidersWithPlaces } from '$lib/server/users/providers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ providers: await listProvidersWithPlaces() });
