import { requireRole } from '$lib/server/access';
import { ownFinalReport } from '$lib/server/documents/service';
import { reportDocument } from '$lib/server/documents/documentation-pdf';
import { pdfResponse } from '$lib/server/pdf/response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	return pdfResponse(reportDocument(await ownFinalReport(participant)), 'abschlussbericht.pdf');
};
