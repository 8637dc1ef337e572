/**
 * The booking service routes call. It is split along its sections: reading.ts (what people see),
 * requests.ts (participants ask and withdraw), decisions.ts (leads decide and run bookings);
 * queries.ts holds what they share, including the one access check per booking.
 */
export * from './reading';
export * from './requests';
export * from './decisions';
export {
	documentableBooking,
	mandatoryModuleCode,
	participantAccessFacts,
	staffBooking,
	writeOnBooking,
	type BookingHistoryEntry,
	type BookingView,
	type StaffBooking
} from './queries';
