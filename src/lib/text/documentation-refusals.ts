import { m } from '$lib/paraglide/messages.js';
import type { NoteResult } from '$lib/server/documents/notes';
import type { TalkCorrectionResult, TalkResult } from '$lib/server/feedback/service';
import { refusalsOf, type Refused, type RefusalTexts } from '$lib/text/tables';

const talkTexts = {
	held_in_future: () => ({ heldOn: m.talk_error_held_future() }),
	next_not_after: () => ({ nextOn: m.talk_error_next() }),
	next_too_far: () => ({ nextOn: m.talk_error_next_far() })
} satisfies RefusalTexts<Refused<TalkResult>>;

/** A reflection talk with dates that cannot be, as errors on the date fields. */
export const talkFailure = refusalsOf<Refused<TalkResult>>(talkTexts);

/** A correction of a talk that did not go through, as errors on its fields. */
export const talkCorrectionFailure = refusalsOf<Refused<TalkCorrectionResult>>({
	...talkTexts,
	changed_meanwhile: () => ({ heldOn: m.talk_error_changed() })
});

/** A progress note that was not written, as an error on its date. */
export const noteFailure = refusalsOf<Refused<NoteResult>>({
	date_in_future: () => ({ date: m.notes_error_future() }),
	date_before_start: () => ({ date: m.notes_error_before_start() }),
	changed_meanwhile: () => ({ date: m.notes_error_changed() })
});
