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

/** The text for this refusal from its feature's table. */
export function refusalText<Refusal extends { reason: string }, Text>(
	texts: RefusalTexts<Refusal, Text>,
	refusal: Refusal
): Text {
	const text = texts[refusal.reason as Refusal['reason']] as (refusal: Refusal) => Text;
	return text(refusal);
}
