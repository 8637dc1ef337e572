import { berlinDate } from '$lib/domain/dates';
import { requireRole } from '$lib/server/access';
import { listOwnBookings } from '$lib/server/bookings/service';
import { ownNextOpenGoal } from '$lib/server/goals/service';
import { ownNextTalk } from '$lib/server/feedback/service';
import { ownCurrentHours } from '$lib/server/hours/service';
import { listProvidersWithPlaces } from '$lib/server/users/providers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const participant = requireRole(locals.user, ['participant']);
	const today = berlinDate(new Date());
	const bookings = await listOwnBookings(participant);
	const current = await ownCurrentHours(participant, today, bookings);
	const nextGoal = await ownNextOpenGoal(participant);
	// A booking has no place of its own: the module takes place where its provider works. Only
	// a confirmed booking shows it, so most visits read no places at all.
	const places = new Map(
		bookings.some((booking) => booking.state === 'confirmed')
			? (await listProvidersWithPlaces()).map((provider) => [provider.id, provider.places])
			: []
	);
	return {
		name: participant.displayName.split(' ')[0] ?? participant.displayName,
		bookings,
		// What happens next: who answers an open request, and when, where and with whom a
		// confirmed module begins.
		openRequests: bookings
			.filter((booking) => booking.state === 'requested')
			.map((booking) => ({
				moduleCode: booking.moduleCode,
				providerName: booking.wishedProviderName
			})),
		upcoming: bookings
			.filter((booking) => booking.state === 'confirmed')
			.map((booking) => ({
				id: booking.id,
				moduleCode: booking.moduleCode,
				plannedStart: booking.plannedStart,
				providerName: booking.providerName,
				trainerName: booking.trainerName,
				places: booking.providerId ? (places.get(booking.providerId) ?? []) : []
			})),
		current: current
			? {
					moduleCode: current.booking.moduleCode,
					perMonth: current.cap.kind === 'per_month',
					minutesLeft: current.summary.minutesLeft
				}
			: null,
		nextGoal,
		nextTalk: await ownNextTalk(participant)
	};
};
