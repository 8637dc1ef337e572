import { getLocale } from '$lib/paraglide/runtime';
import { clockNow } from '$lib/server/clock';
import { ownActiveShare, shareSheetDocument } from '$lib/server/documents/share-sheet';
import { pdfResponse } from '$lib/server/pdf/response';
import type { RequestHandler } from './$types';

/** A form post with the link just made: the token is stored nowhere, so no address can hold it. */
export const POST: RequestHandler = async ({ locals, request, url }) => {
	const form = await request.formData().catch(() => null);
	const link = String(form?.get('link') ?? '');
	const shared = await ownActiveShare(locals.user, link, url.origin, clockNow());
	return pdfResponse(shareSheetDocument(link, shared, getLocale()), 'share-link.pdf');
};
