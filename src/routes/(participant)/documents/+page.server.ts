import { requireRole } from '$lib/server/access';
import { ownNotes } from '$lib/server/documents/notes';
import { ownReports } from '$lib/server/documents/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	const reports = await ownReports(participant);
	return {
		noteCount: (await ownNotes(participant)).length,
		newestReportState: reports[0]?.state ?? null,
		hasFinalReport: reports.some((report) => report.state === 'final')
	};
};
