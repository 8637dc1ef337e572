/**
 * A service refuses with a reason; the screen says which field is wrong and what to do. Each
 * feature keeps one table with an entry per reason, and `satisfies RefusalTexts<…>` makes the
 * type checker name any reason nobody wrote a text for.
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
