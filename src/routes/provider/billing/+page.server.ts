import { requireRole } from '$lib/server/access';
import { billingMonth, billingMonths } from '$lib/server/hours/billing';
import { billingForMonth } from '$lib/server/hours/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const lead = requireRole(locals.user, ['lead']);
	const month = billingMonth(url.searchParams.get('month'));
	return { month, months: billingMonths(), rows: await billingForMonth(lead, month) };
};
