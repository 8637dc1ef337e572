import { m } from '$lib/paraglide/messages.js';
import { rangeInWords } from '$lib/schemas/bookings';
import type {
	BookingCorrectionResult,
	ConfirmResult,
	RequestResult,
	WithdrawResult
} from '$lib/server/bookings/service';
import { refusalsOf, type Refused, type RefusalTexts } from '$lib/text/tables';

/** A refused request as form errors: which field, or the whole form, and what to do. */
export const requestFailure = refusalsOf<Refused<RequestResult>>({
	unknown_provider: () => ({ wishedProvider: m.request_error_provider() }),
	entry_first: () => ({ form: m.refusal_entry_first() }),
	already_open: () => ({ form: m.refusal_already_open() }),
	not_bookable: () => ({ form: m.refusal_not_bookable() }),
	nothing_to_request: () => ({ form: m.request_all_nothing() })
});

export const withdrawFailure = refusalsOf<Refused<WithdrawResult>, string>({
	not_requested: () => m.refusal_not_requested(),
	others_need_entry: () => m.refusal_others_need_entry()
});

/** What a lead may get wrong in the agreed dates and trainer, when confirming or correcting. */
const agreementTexts = {
	changed_meanwhile: () => ({ form: m.provider_error_changed() }),
	unknown_trainer: () => ({ trainerId: m.provider_error_trainer() }),
	start_out_of_range: (result) => ({
		plannedStart: m.provider_error_start_range(rangeInWords(result.allowed))
	}),
	end_out_of_range: (result) => ({
		plannedEnd: m.provider_error_end_range(rangeInWords(result.allowed))
	})
} satisfies RefusalTexts<Refused<BookingCorrectionResult>>;

/** A lead's confirmation that did not go through, as form errors. */
export const confirmFailure = refusalsOf<Refused<ConfirmResult>>({
	...agreementTexts,
	not_requested: () => ({ form: m.provider_error_changed() }),
	entry_not_agreed: () => ({ form: m.provider_error_entry_not_agreed() })
});

/** A correction of dates or trainer that did not go through, as form errors. */
export const bookingCorrectionFailure =
	refusalsOf<Refused<BookingCorrectionResult>>(agreementTexts);
