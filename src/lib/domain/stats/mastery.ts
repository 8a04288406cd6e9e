import type { StatsCard } from './types';

/** Stability (days) from which a review card counts as mastered, as in Anki's "mature" cards. */
export const MASTERED_STABILITY_DAYS = 21;
const REVIEW = 2;

export interface LevelMastery {
	level: string;
	/** cards of this level in the course */
	total: number;
	/** cards that have graduated to review (Review or Relearning) */
	learned: number;
	/** cards in Review with stability of at least 21 days */
	mastered: number;
	/** 0–1 of total */
	learnedShare: number;
	/** 0–1 of total */
	masteredShare: number;
}

/**
 * Per level, in the order of `totalCardsByLevel`: how many of its cards are learned and mastered.
 * `levelOf` maps a card id to its level; cards it does not know are left out.
 */
export function mastery(
	cards: readonly Pick<StatsCard, 'id' | 'state' | 'stability'>[],
	levelOf: (cardId: string) => string | undefined,
	totalCardsByLevel: Readonly<Record<string, number>>,
	masteredStabilityDays = MASTERED_STABILITY_DAYS
): LevelMastery[] {
	const rows = new Map(
		Object.entries(totalCardsByLevel).map(([level, total]) => [
			level,
			{ level, total, learned: 0, mastered: 0 }
		])
	);
	for (const card of cards) {
		if (card.state < REVIEW) continue;
		const level = levelOf(card.id);
		const row = level === undefined ? undefined : rows.get(level);
		if (!row) continue;
		row.learned += 1;
		if (card.state === REVIEW && card.stability >= masteredStabilityDays) row.mastered += 1;
	}
	return Array.from(rows.values(), (row) => {
		const total = Math.max(row.total, row.learned);
		return {
			...row,
			total,
			learnedShare: total ? row.learned / total : 0,
			masteredShare: total ? row.mastered / total : 0
		};
	});
}
