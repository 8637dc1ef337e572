import { error, fail } from '@sveltejs/kit';

import { m } from '$lib/paraglide/messages.js';
import { reportCommentSchema } from '$lib/schemas/documents';
import { requireRole } from '$lib/server/access';
import { commentOnOwnReport, ownReports } from '$lib/server/documents/reports';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const participant = requireRole(locals.user, ['participant']);
	const versions = await ownReports(participant);
	const asked = url.searchParams.get('version');
	const shown = asked ? versions.find((report) => String(report.version) === asked) : versions[0];
	if (asked && !shown) error(404, 'Not Found');
	return {
		report: shown ?? null,
		isNewest: shown?.id === versions[0]?.id,
		earlierFinals: versions.filter((report) => report.state === 'final' && report.id !== shown?.id)
	};
};

export const actions: Actions = {
	comment: async ({ request, locals }) => {
		const participant = requireRole(locals.user, ['participant']);
		const input = await parseForm(request, reportCommentSchema);
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await commentOnOwnReport(participant, input.data.reportId, input.data.comment);
		if (!result.ok)
			return fail(409, { values, errors: { comment: m.report_error_already_final() } });
		return { saved: true };
	}
};
