/**
 * The two shapes every screen-text mapper of this folder takes. A table has one entry per
 * value of a domain type, and the type checker names any value nobody wrote a text for.
 */

/** A lookup from a table of messages, one per value: `stateLabel = textOf<BookingState>({…})`. */
export function textOf<Key extends PropertyKey>(texts: Record<Key, () => string>) {
	return (key: Key): string => texts[key]();
}

/**
 * A service refuses with a reason; the screen says which field is wrong and what to do. Each
 * feature keeps one table with an entry per reason (`satisfies RefusalTexts<…>`).
 */
export type RefusalTexts<Refusal extends { reason: string }, Text = Record<string, string>> = {
	[Reason in Refusal['reason']]: (refusal: Refusal & { reason: Reason }) => Text;
};

/** The refusals of a service's result type: `Refused<ConfirmResult>`. */
export type Refused<Result> = Extract<Result, { ok: false }>;

/**
 * A feature's refusal mapper from its table: `confirmFailure = refusalsOf<Refused<ConfirmResult>>({…})`.
 * Field errors by default (`{ plannedStart: "…" }`); one text with `Text = string`.
 */
export function refusalsOf<Refusal extends { reason: string }, Text = Record<string, string>>(
	texts: RefusalTexts<Refusal, Text>
): (refusal: Refusal) => Text {
	return (refusal) => {
		const text = texts[refusal.reason as Refusal['reason']] as (refusal: Refusal) => Text;
		return text(refusal);
	};
}
