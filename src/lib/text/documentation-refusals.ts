import { m } from '$lib/paraglide/messages.js';
import type { NoteResult } from '$lib/server/documents/notes';
import type { TalkCorrectionResult, TalkResult } from '$lib/server/feedback/service';
import { refusalText, type RefusalTexts } from '$lib/text/tables';

type Refused<Result> = Extract<Result, { ok: false }>;

const talkTexts = {
	held_in_future: () => ({ heldOn: m.talk_error_held_future() }),
	next_not_after: () => ({ nextOn: m.talk_error_next() }),
	next_too_far: () => ({ nextOn: m.talk_error_next_far() })
} satisfies RefusalTexts<Refused<TalkResult>>;

/** A reflection talk with dates that cannot be, as errors on the date fields. */
export const talkFailure = (result: Refused<TalkResult>): Record<string, string> =>
	refusalText(talkTexts, result);

const talkCorrectionTexts = {
	...talkTexts,
	changed_meanwhile: () => ({ heldOn: m.talk_error_changed() })
} satisfies RefusalTexts<Refused<TalkCorrectionResult>>;

/** A correction of a talk that did not go through, as errors on its fields. */
export const talkCorrectionFailure = (
	result: Refused<TalkCorrectionResult>
): Record<string, string> => refusalText(talkCorrectionTexts, result);

const noteTexts = {
	date_in_future: () => ({ date: m.notes_error_future() }),
	date_before_start: () => ({ date: m.notes_error_before_start() }),
	changed_meanwhile: () => ({ date: m.notes_error_changed() })
} satisfies RefusalTexts<Refused<NoteResult>>;

/** A progress note that was not written, as an error on its date. */
export const noteFailure = (result: Refused<NoteResult>): Record<string, string> =>
	refusalText(noteTexts, result);
