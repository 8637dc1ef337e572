import { fail } from '@sveltejs/kit';

import { m } from '$lib/paraglide/messages.js';
import { feedbackAnswerSchema } from '$lib/schemas/feedback';
import { requireRole } from '$lib/server/access';
import { answerFeedback, getFeedbackForStaff } from '$lib/server/feedback/service';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	item: await getFeedbackForStaff(requireRole(locals.user, ['trainer', 'lead']), params.id)
});

function answer(close: boolean) {
	const action = close ? 'close' : 'answer';
	return async ({ request, locals, params }: Parameters<Actions[string]>[0]) => {
		const staff = requireRole(locals.user, ['trainer', 'lead']);
		const input = await parseForm(request, feedbackAnswerSchema, { action });
		if (!input.ok) return input.failure;
		const { values } = input;
		const result = await answerFeedback(staff, params.id!, { ...input.data, close });
		if (!result.ok)
			return fail(409, { action, values, errors: { text: m.provider_error_changed() } });
		return { done: action };
	};
}

export const actions: Actions = { answer: answer(false), close: answer(true) };
