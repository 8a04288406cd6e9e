/**
 * The order new cards are introduced in: course order, except the new cards the learner moved to
 * the front (a negative position) or to the end (a positive one) in the card browser.
 */

/** What the order reads from a stored card: whether it is still new, and where it was moved. */
export interface NewCardPlace {
	state: number;
	position?: number;
}

/**
 * Indexes into `places` (one per card, undefined for a card never stored), in new-card order:
 * moved new cards first or last, every other card keeping its place relative to the rest.
 */
export function newCardOrder(places: readonly (NewCardPlace | undefined)[]): number[] {
	const key = places.map((p) => (p?.state === 0 ? (p.position ?? 0) : 0));
	return key.map((_, i) => i).sort((a, b) => key[a]! - key[b]! || a - b);
}
