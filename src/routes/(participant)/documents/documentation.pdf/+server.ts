import { requireRole } from '$lib/server/access';
import { ownDocumentation } from '$lib/server/documents/service';
import { documentationDocument } from '$lib/server/documents/documentation-pdf';
import { pdfResponse } from '$lib/server/pdf/response';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	// Endpoints have no page layout, so they check access themselves.
	const participant = requireRole(locals.user, ['participant']);
	return pdfResponse(
		documentationDocument(await ownDocumentation(participant)),
		'dokumentation.pdf'
	);
};
