import { requireRole } from '$lib/server/access';
import { dataExport } from '$lib/server/documents/export';
import { ownDocumentation } from '$lib/server/documents/service';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	return new Response(JSON.stringify(dataExport(await ownDocumentation(participant)), null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': 'attachment; filename="meine-daten.json"',
			'cache-control': 'no-store'
		}
	});
};
