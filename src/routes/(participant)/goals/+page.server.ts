import { fail } from '@sveltejs/kit';
import { byStateThenAge } from '$lib/domain/goals';
import { fieldErrors, keptValues } from '$lib/forms';
import { m } from '$lib/paraglide/messages.js';
import { goalStateSchema, goalViewSchema, personalGoalSchema } from '$lib/schemas/goals';
import { requireRole } from '$lib/server/access';
import { listOwnBookings } from '$lib/server/bookings/service';
import {
	addOwnView,
	listOwnGoals,
	saveOwnPersonalGoal,
	setOwnPersonalGoalState
} from '$lib/server/goals/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	const goals = await listOwnGoals(participant);
	const bookings = (await listOwnBookings(participant)).filter((booking) =>
		goals.some((goal) => goal.bookingId === booking.id)
	);
	return {
		personal: byStateThenAge(goals.filter((goal) => goal.kind === 'personal')),
		byModule: bookings.map((booking) => ({
			bookingId: booking.id,
			moduleCode: booking.moduleCode,
			goals: byStateThenAge(goals.filter((goal) => goal.bookingId === booking.id))
		}))
	};
};

export const actions: Actions = {
	savePersonal: async ({ request, locals }) => {
		const participant = requireRole(locals.user, ['participant']);
		const form = await request.formData();
		const values = keptValues(form);
		const input = personalGoalSchema.safeParse(Object.fromEntries(form));
		if (!input.success)
			return fail(400, {
				action: 'savePersonal',
				goalId: values.goalId ?? '',
				values,
				errors: fieldErrors(input.error)
			});
		const result = await saveOwnPersonalGoal(participant, {
			goalId: input.data.goalId || null,
			text: input.data.text,
			version: input.data.version
		});
		if (!result.ok) {
			return fail(409, {
				action: 'savePersonal',
				goalId: values.goalId ?? '',
				values,
				errors: { text: m.goals_error_changed() }
			});
		}
		return { done: 'savePersonal', goalId: result.goalId };
	},
	personalState: async ({ request, locals }) => {
		const participant = requireRole(locals.user, ['participant']);
		const form = await request.formData();
		const input = goalStateSchema.safeParse(Object.fromEntries(form));
		if (!input.success) {
			return fail(400, {
				action: 'personalState',
				goalId: String(form.get('goalId') ?? ''),
				values: keptValues(form),
				errors: fieldErrors(input.error)
			});
		}
		await setOwnPersonalGoalState(participant, input.data.goalId, input.data.state);
		return { done: 'personalState', goalId: input.data.goalId };
	},
	view: async ({ request, locals }) => {
		const participant = requireRole(locals.user, ['participant']);
		const form = await request.formData();
		const values = keptValues(form);
		const input = goalViewSchema.safeParse(Object.fromEntries(form));
		if (!input.success)
			return fail(400, {
				action: 'view',
				goalId: values.goalId ?? '',
				values,
				errors: fieldErrors(input.error)
			});
		await addOwnView(participant, input.data.goalId, input.data.text);
		return { done: 'view', goalId: input.data.goalId };
	}
};
