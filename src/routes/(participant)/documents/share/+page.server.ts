import { fail } from '@sveltejs/kit';

import { m } from '$lib/paraglide/messages.js';
import { shareSchema } from '$lib/schemas/documents';
import { requireRole } from '$lib/server/access';
import { clockNow } from '$lib/server/clock';
import { ownReportStates } from '$lib/server/documents/reports';
import { createShareLink, ownShareLinks } from '$lib/server/documents/sharing';
import { qrSvg } from '$lib/server/documents/share-sheet';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const participant = requireRole(locals.user, ['participant']);
	return {
		links: await ownShareLinks(participant, clockNow()),
		hasFinalReport: (await ownReportStates(participant)).includes('final'),
		revoked: url.searchParams.has('revoked'),
		requestKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const participant = requireRole(locals.user, ['participant']);
		const input = await parseForm(request, shareSchema);
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await createShareLink(participant, input.data, clockNow());
		if (!result.ok) return fail(409, { values, errors: { document: m.share_error_no_report() } });
		// The token exists only in this answer; the database keeps its hash.
		const createdUrl = `${url.origin}/share/${result.token}`;
		return { createdUrl, qr: qrSvg(createdUrl) };
	}
};
