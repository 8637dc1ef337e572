import { listProvidersWithPlaces } from '$lib/server/providers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ providers: await listProvidersWithPlaces() });
