import { fail } from '@sveltejs/kit';
import { byStateThenAge, isOpenGoal, openOwnGoalsMax } from '$lib/domain/goals';
import { m } from '$lib/paraglide/messages.js';
import { goalStateSchema, goalViewSchema, personalGoalSchema } from '$lib/schemas/goals';
import { requireRole } from '$lib/server/access';
import { listOwnBookings } from '$lib/server/bookings/service';
import { parseForm } from '$lib/server/forms';
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
	const personal = byStateThenAge(goals.filter((goal) => goal.kind === 'personal'));
	return {
		personal,
		mayAddPersonal: personal.filter((goal) => isOpenGoal(goal.state)).length < openOwnGoalsMax,
		openOwnGoalsMax,
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
		const input = await parseForm(request, personalGoalSchema, { action: 'savePersonal' }, [
			'goalId'
		]);
		if (!input.ok) return input.failure;
		const { values } = input;
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
				errors: {
					text:
						result.reason === 'too_many_open'
							? m.goals_error_too_many({ max: openOwnGoalsMax })
							: m.goals_error_changed()
				}
			});
		}
		return { done: 'savePersonal', goalId: result.goalId };
	},
	personalState: async ({ request, locals }) => {
		const participant = requireRole(locals.user, ['participant']);
		const input = await parseForm(request, goalStateSchema, { action: 'personalState' }, [
			'goalId'
		]);
		if (!input.ok) return input.failure;
		await setOwnPersonalGoalState(participant, input.data.goalId, input.data.state);
		return { done: 'personalState', goalId: input.data.goalId };
	},
	view: async ({ request, locals }) => {
		const participant = requireRole(locals.user, ['participant']);
		const input = await parseForm(request, goalViewSchema, { action: 'view' }, ['goalId']);
		if (!input.ok) return input.failure;
		await addOwnView(participant, input.data.goalId, input.data.text);
		return { done: 'view', goalId: input.data.goalId };
	}
};
