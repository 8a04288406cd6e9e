/**
 * Reorders new cards so the templates of one item (its siblings) are not shown back to back:
 * every item's first card, then every item's second card, and so on.
 */
export function spreadSiblings<T>(cards: readonly T[], itemOf: (card: T) => string): T[] {
	const rounds: T[][] = [];
	const seen: Record<string, number> = {};
	for (const card of cards) {
		const item = itemOf(card);
		const round = seen[item] ?? 0;
		seen[item] = round + 1;
		(rounds[round] ??= []).push(card);
	}
	return rounds.flat();
}
