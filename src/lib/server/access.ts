import { error, redirect } from '@sveltejs/kit';
import { isAgreed, type BookingState } from '$lib/domain/bookings';
import { roles, type Role } from '$lib/domain/roles';
import type { SessionUser } from './auth/session';

/**
 * The one place that decides who may open which part of the portal. Route guards
 * (hooks and group layouts) and every service function ask here.
 */

export type Actor = SessionUser;

/** Route groups and the roles that may use them. The first matching prefix wins. */
const areas: readonly { routePrefix: string; roles: readonly Role[] }[] = [
	{ routePrefix: '/(participant)', roles: ['participant'] },
	{ routePrefix: '/provider/requests', roles: ['lead'] },
	{ routePrefix: '/provider/billing', roles: ['lead'] },
	{ routePrefix: '/provider/feedback/satisfaction', roles: ['lead'] },
	// Participant accounts are made and looked after by leads; trainers do not see them.
	{ routePrefix: '/provider/participants', roles: ['lead'] },
	{ routePrefix: '/provider', roles: ['trainer', 'lead'] },
	{ routePrefix: '/admin', roles: ['admin'] },
	// Everybody who can sign in sees and ends their own sessions; the rest of /settings is public.
	{ routePrefix: '/settings/security', roles }
];

export type RouteAccess = 'allowed' | 'sign-in' | 'forbidden';

function matches(routeId: string, prefix: string): boolean {
	return routeId === prefix || routeId.startsWith(prefix + '/');
}

/** Decides access to a route by its SvelteKit route id, e.g. "/(participant)/start". */
export function routeAccess(routeId: string | null, actor: Actor | null): RouteAccess {
	const area = routeId ? areas.find((entry) => matches(routeId, entry.routePrefix)) : undefined;
	if (!area) return 'allowed';
	if (!actor) return 'sign-in';
	return area.roles.includes(actor.role) ? 'allowed' : 'forbidden';
}

export function signInPath(url: URL): string {
	return `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;
}

/** For page loads: sends signed-out people to the login and others to the 403 page. */
export function enforceRouteAccess(routeId: string | null, actor: Actor | null, url: URL): void {
	const access = routeAccess(routeId, actor);
	if (access === 'sign-in') redirect(303, signInPath(url));
	if (access === 'forbidden') error(403, 'Forbidden');
}

/** For services: the actor must have one of these roles. Returns the actor for chaining. */
export function requireRole(actor: Actor | null, allowed: readonly Role[]): Actor {
	if (!actor) error(401, 'Unauthorized');
	if (!allowed.includes(actor.role)) error(403, 'Forbidden');
	return actor;
}

/** What access to a booking depends on. */
export interface BookingAccessFacts {
	participantId: string;
	state: BookingState;
	wishedProviderId: string | null;
	providerId: string | null;
	trainerId: string | null;
}

/**
 * A request concerns a lead when it wishes for their provider or for none; the other
 * provider's lead never sees a request that wishes for Lebenshilfe, and the reverse.
 */
export function requestConcernsLead(actor: Actor, booking: BookingAccessFacts): boolean {
	return (
		actor.role === 'lead' &&
		actor.providerId !== null &&
		(booking.wishedProviderId === null || booking.wishedProviderId === actor.providerId)
	);
}

/** A lead decides on a request that concerns them while it is still open. */
export function mayDecideRequest(actor: Actor, booking: BookingAccessFacts): boolean {
	return booking.state === 'requested' && requestConcernsLead(actor, booking);
}

/** A lead runs the bookings agreed with their provider (start, finish). */
export function mayManageBooking(actor: Actor, booking: BookingAccessFacts): boolean {
	return (
		actor.role === 'lead' && actor.providerId !== null && booking.providerId === actor.providerId
	);
}

/** Staff see a booking when they decide on it, run it, or are its trainer. */
export function staffMaySeeBooking(actor: Actor, booking: BookingAccessFacts): boolean {
	if (actor.role === 'trainer') return booking.trainerId === actor.id;
	return (
		mayDecideRequest(actor, booking) ||
		mayManageBooking(actor, booking) ||
		booking.trainerId === actor.id
	);
}

/** A participant sees only their own bookings. */
export function participantMaySeeBooking(actor: Actor, booking: BookingAccessFacts): boolean {
	return actor.role === 'participant' && booking.participantId === actor.id;
}

/** Staff write documentation on bookings that are agreed: confirmed, running or finished. */
export function mayDocumentBooking(actor: Actor, booking: BookingAccessFacts): boolean {
	return (
		isAgreed(booking.state) && (mayManageBooking(actor, booking) || booking.trainerId === actor.id)
	);
}

/**
 * Staff may read a participant's documentation and write their final report when they work
 * with them: a lead through an agreed booking with their provider, a trainer through a booking
 * they train.
 */
export function staffMaySeeParticipant(
	actor: Actor,
	bookings: readonly BookingAccessFacts[]
): boolean {
	return bookings.some((booking) => mayDocumentBooking(actor, booking));
}

/** What access to a piece of feedback depends on. */
export interface FeedbackAccessFacts {
	providerId: string | null;
	bookingId: string | null;
	/** The trainer of the booking the feedback is about, if it names one. */
	trainerId: string | null;
}

/**
 * Leads read their provider's feedback, and feedback that belongs to no provider yet. A
 * trainer reads feedback about a booking they train, or general feedback of a participant
 * they train (`trainsParticipant`), within their provider: need to know, not the whole house.
 */
export function staffMaySeeFeedback(
	actor: Actor,
	item: FeedbackAccessFacts,
	trainsParticipant: boolean
): boolean {
	if (!actor.providerId) return false;
	if (actor.role === 'lead')
		return item.providerId === actor.providerId || item.providerId === null;
	if (actor.role !== 'trainer' || item.providerId !== actor.providerId) return false;
	return item.bookingId ? item.trainerId === actor.id : trainsParticipant;
}

/** The final report becomes final only by a lead: a second pair of eyes before it goes out. */
export function mayFinaliseReport(actor: Actor): boolean {
	return actor.role === 'lead';
}

/** What looking after an account depends on. */
export interface AccountFacts {
	role: Role;
	/** Staff: the provider they work for. */
	providerId: string | null;
	/** Participants: the provider whose lead made the account; null for none. */
	profileProviderId: string | null;
}

/**
 * A lead looks after the accounts of the participants their provider made: letters, closing,
 * unlocking. Never staff accounts, never another provider's participants.
 */
export function mayManageParticipantAccount(actor: Actor, target: AccountFacts): boolean {
	return (
		actor.role === 'lead' &&
		actor.providerId !== null &&
		target.role === 'participant' &&
		target.profileProviderId === actor.providerId
	);
}

/** The administration looks after the staff accounts (trainers and leads) of every provider. */
export function mayManageStaffAccount(actor: Actor, target: AccountFacts): boolean {
	return actor.role === 'admin' && (target.role === 'trainer' || target.role === 'lead');
}

/** Looking after an account: a lead for their participants, the administration for staff. */
export function mayManageAccount(actor: Actor, target: AccountFacts): boolean {
	return mayManageParticipantAccount(actor, target) || mayManageStaffAccount(actor, target);
}
