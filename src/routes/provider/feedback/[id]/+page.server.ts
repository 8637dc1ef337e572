import { fail } from '@sveltejs/kit';
import { fieldErrors, keptValues } from '$lib/forms';
import { m } from '$lib/paraglide/messages.js';
import { feedbackAnswerSchema } from '$lib/schemas/feedback';
import { requireRole } from '$lib/server/access';
import { answerFeedback, getFeedbackForStaff } from '$lib/server/feedback/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	item: await getFeedbackForStaff(requireRole(locals.user, ['trainer', 'lead']), params.id)
});

function answer(close: boolean) {
	const action = close ? 'close' : 'answer';
	return async ({ request, locals, params }: Parameters<Actions[string]>[0]) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const form = await request.formData();
		const values = keptValues(form);
		const input = feedbackAnswerSchema.safeParse(Object.fromEntries(form));
		if (!input.success) return fail(400, { action, values, errors: fieldErrors(input.error) });
		const result = await answerFeedback(staff, params.id!, { ...input.data, close });
		if (!result.ok)
			return fail(409, { action, values, errors: { text: m.provider_error_changed() } });
		return { done: action };
	};
}

export const actions: Actions = { answer: answer(false), close: answer(true) };
