import { requireRole } from '$lib/server/access';
import { billingMonth, billingMonths } from '$lib/server/hours/billing';
import { billingPage } from '$lib/server/hours/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const lead = requireRole(locals.user, ['lead']);
	const month = billingMonth(url.searchParams.get('month'));
	const page = Number(url.searchParams.get('page') ?? '1');
	return { month, months: billingMonths(), billing: await billingPage(lead, month, page) };
};
