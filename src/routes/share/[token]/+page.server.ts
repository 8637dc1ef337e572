import { error } from '@sveltejs/kit';
import { clockNow } from '$lib/server/clock';
import { findSharedDocument } from '$lib/server/documents/sharing';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// Links are private: no search engine should keep the page, no cache should share it.
	setHeaders({
		'x-robots-tag': 'noindex',
		'cache-control': 'no-store',
		'referrer-policy': 'no-referrer'
	});
	const shared = await findSharedDocument(params.token, clockNow());
	// Unknown, tampered, expired and revoked links all end here, alike.
	if (!shared) error(404, 'Not Found');
	return {
		participantName: shared.participantName,
		document: shared.document,
		expiresAt: shared.expiresAt
	};
};
