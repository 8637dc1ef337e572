import { passtgenau } from '$lib/domain/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	modules: passtgenau.modules.map((module) => ({ ...module })),
	isParticipant: locals.user?.role === 'participant',
	signedIn: locals.user !== null
});
