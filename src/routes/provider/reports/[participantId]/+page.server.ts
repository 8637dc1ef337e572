import { fail } from '@sveltejs/kit';
import { fieldErrors, keptValues } from '$lib/forms';
import { m } from '$lib/paraglide/messages.js';
import { finaliseSchema, reportDraftFromForm } from '$lib/schemas/documents';
import { requireRole } from '$lib/server/access';
import {
	finaliseReport,
	reportWorkspace,
	saveDraft,
	startCorrection
} from '$lib/server/documents/reports';
import { missingPartSummary } from '$lib/text/report-refusals';
import type { SummaryItem } from '$lib/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const staff = requireRole(locals.user, ['trainer', 'lead']);
	return reportWorkspace(staff, params.participantId);
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const form = await request.formData();
		const values = keptValues(form);
		const input = reportDraftFromForm(form);
		if (!input.ok) return fail(400, { action: 'save', values, errors: input.errors });
		const result = await saveDraft(staff, params.participantId, input.value);
		if (!result.ok) {
			const message =
				result.reason === 'already_final' ? m.report_error_is_final() : m.report_error_changed();
			return fail(409, { action: 'save', values, errors: { startingSituation: message } });
		}
		return { done: 'save' };
	},
	finalise: async ({ request, locals, params }) => {
		const lead = requireRole(locals.user, ['lead']);
		const input = finaliseSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!input.success)
			return fail(400, {
				action: 'finalise',
				errors: fieldErrors(input.error),
				missing: [] as SummaryItem[]
			});
		const result = await finaliseReport(lead, params.participantId, input.data.revision);
		if (!result.ok) {
			if (result.reason === 'incomplete') {
				return fail(400, {
					action: 'finalise',
					errors: { confirm: m.report_error_missing() },
					missing: missingPartSummary(result.missing)
				});
			}
			return fail(409, {
				action: 'finalise',
				errors: { confirm: m.report_error_changed() },
				missing: [] as SummaryItem[]
			});
		}
		return { done: 'finalise' };
	},
	correct: async ({ locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const result = await startCorrection(staff, params.participantId);
		if (!result.ok)
			return fail(409, { action: 'correct', errors: { form: m.report_error_changed() } });
		return { done: 'correct' };
	}
};
