import { billingCsv } from '$lib/domain/billing-csv';
import { m } from '$lib/paraglide/messages.js';
import { requireRole } from '$lib/server/access';
import { billingMonth } from '$lib/server/hours/billing';
import { billingForMonth } from '$lib/server/hours/service';
import { moduleName } from '$lib/text/modules';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	// Endpoints have no page layout, so they check access themselves.
	const lead = requireRole(locals.user, ['lead']);
	const month = billingMonth(url.searchParams.get('month'));
	const rows = await billingForMonth(lead, month);
	const csv = billingCsv(
		month,
		rows.map((row) => ({ ...row, moduleName: moduleName(row.moduleCode) })),
		[
			m.billing_csv_month(),
			m.billing_csv_participant(),
			m.billing_csv_module(),
			m.billing_csv_code(),
			m.billing_csv_hours()
		]
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="fachleistungsstunden-${month}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
