import { fail } from '@sveltejs/kit';
import { fieldErrors } from '$lib/forms';
import { m } from '$lib/paraglide/messages.js';
import { advanceBookingSchema, confirmationMissing } from '$lib/schemas/bookings';
import { agreedGoalSchema, agreedGoalUpdateSchema } from '$lib/schemas/goals';
import { hourEntrySchema } from '$lib/schemas/hours';
import { requireRole } from '$lib/server/access';
import { noteSchema } from '$lib/schemas/documents';
import { addNote } from '$lib/server/documents/notes';
import { advanceBooking } from '$lib/server/bookings/service';
import { addAgreedGoal, updateAgreedGoal } from '$lib/server/goals/service';
import { recordTalk } from '$lib/server/feedback/service';
import { talkSchema } from '$lib/schemas/feedback';
import { noteFailure, talkFailure } from '$lib/text/documentation-refusals';
import { hourFailure } from '$lib/text/hour-refusals';
import { logHours } from '$lib/server/hours/service';
import { staffBookingWorkspace } from '$lib/server/workspaces/staff-booking';
import { parseForm, writeForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...(await staffBookingWorkspace(requireRole(locals.user, ['trainer', 'lead']), params.id)),
	confirmed: url.searchParams.has('confirmed'),
	cancelled: url.searchParams.has('cancelled'),
	notesCorrected: url.searchParams.has('noteCorrected'),
	talkCorrected: url.searchParams.has('talkCorrected'),
	goalCorrected: url.searchParams.has('goalCorrected'),
	bookingCorrected: url.searchParams.has('bookingCorrected'),
	requestKey: crypto.randomUUID()
});

export const actions: Actions = {
	advance: async ({ request, locals, params }) => {
		const lead = requireRole(locals.user, ['lead']);
		const input = advanceBookingSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!input.success) {
			const { confirm } = fieldErrors(input.error);
			// The page's own form can only lack the "yes"; anything else comes from an old page.
			if (confirm) return fail(400, { action: 'advance', errors: { confirm } });
			return fail(400, { action: 'advance', error: m.provider_error_changed() });
		}
		const { version, step, confirm } = input.data;
		const result = await advanceBooking(lead, params.id, {
			version,
			step,
			confirmed: confirm === 'yes'
		});
		if (!result.ok) {
			return result.reason === 'not_confirmed'
				? fail(400, { action: 'advance', errors: { confirm: confirmationMissing(step) } })
				: fail(409, { action: 'advance', error: m.provider_error_changed() });
		}
		return { done: step };
	},
	logHours: async ({ request, locals, params }) =>
		writeForm(request, hourEntrySchema, {
			action: 'logHours',
			write: (data) =>
				logHours(requireRole(locals.user, ['trainer', 'lead']), params.id, {
					...data,
					note: data.note || null
				}),
			refused: hourFailure,
			status: () => 400
		}),
	recordTalk: async ({ request, locals, params }) =>
		writeForm(request, talkSchema, {
			action: 'recordTalk',
			write: (data) =>
				recordTalk(requireRole(locals.user, ['trainer', 'lead']), params.id, {
					heldOn: data.heldOn,
					nextOn: data.nextOn || null,
					summary: data.summary || null
				}),
			refused: talkFailure,
			status: () => 400
		}),
	addNote: async ({ request, locals, params }) =>
		writeForm(request, noteSchema, {
			action: 'addNote',
			write: (data) => addNote(requireRole(locals.user, ['trainer', 'lead']), params.id, data),
			refused: noteFailure,
			status: () => 400
		}),
	addGoal: async ({ request, locals, params }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, agreedGoalSchema, { action: 'addGoal' });
		if (!input.ok) return input.failure;
		await addAgreedGoal(staff, params.id, input.data.text);
		return { done: 'addGoal' };
	},
	updateGoal: async ({ request, locals }) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, agreedGoalUpdateSchema, { action: 'updateGoal' }, [
			'goalId'
		]);
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await updateAgreedGoal(staff, input.data.goalId, {
			...input.data,
			progress: input.data.progress || null
		});
		if (!result.ok) {
			return fail(409, {
				action: 'updateGoal',
				goalId: values.goalId,
				values,
				errors: { progress: m.goals_error_changed() }
			});
		}
		return { done: 'updateGoal', goalId: input.data.goalId };
	}
};
