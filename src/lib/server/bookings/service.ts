/**
 * The booking service routes call. It is split along its sections: reading.ts (what people see),
 * requests.ts (participants ask and withdraw), decisions.ts (leads decide and run bookings),
 * corrections.ts (staff correct confirmed dates and the trainer);
 * queries.ts holds what they share, including the one access check per booking.
 */
export * from './reading';
export * from './requests';
export * from './decisions';
export * from './corrections';
export {
	documentableBooking,
	historyOf,
	isCorrection,
	mandatoryModuleCode,
	participantAccessFacts,
	staffBooking,
	writeOnBooking,
	type BookingCorrectionView,
	type BookingHistoryEntry,
	type BookingView,
	type StaffBooking
} from './queries';
