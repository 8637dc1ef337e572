import { requireRole } from '$lib/server/access';
import { ownNoteCount } from '$lib/server/documents/notes';
import { ownReportStates } from '$lib/server/documents/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	const reportStates = await ownReportStates(participant);
	return {
		noteCount: await ownNoteCount(participant),
		newestReportState: reportStates[0] ?? null,
		hasFinalReport: reportStates.includes('final')
	};
};
