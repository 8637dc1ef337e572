import { redirect } from '@sveltejs/kit';
import { clockNow } from '$lib/server/clock';
import { documentationForLink } from '$lib/server/documents/service';
import { documentationDocument, reportDocument } from '$lib/server/documents/documentation-pdf';
import { pdfResponse } from '$lib/server/pdf/response';
import { reportOfLink } from '$lib/server/documents/reports';
import { findSharedDocument, recordSharedOpening } from '$lib/server/documents/sharing';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const now = clockNow();
	const shared = await findSharedDocument(params.token, now);
	// The link's page explains, in the same words for every case, why it does not open.
	if (!shared) redirect(303, `/share/${params.token}`);
	const response =
		shared.document === 'report'
			? await pdfResponse(reportDocument(await reportOfLink(shared)), 'abschlussbericht.pdf')
			: await pdfResponse(
					documentationDocument(await documentationForLink(shared.participantId, now)),
					'dokumentation.pdf'
				);
	await recordSharedOpening(shared, now);
	response.headers.set('x-robots-tag', 'noindex');
	return response;
};
