import type { StatsCard } from './types';

export interface CardStateCounts {
	/** cards in the course never studied (and not suspended) */
	new: number;
	learning: number;
	review: number;
	relearning: number;
	/** suspended cards, whatever their state */
	suspended: number;
	/** every card in the course */
	total: number;
}

/**
 * Cards by state. `totalCards` is the number of cards in the course; those without a stored row
 * are new. Rows for which `inCourse` is false (content removed since) are left out.
 */
export function cardStates(
	cards: readonly Pick<StatsCard, 'id' | 'state' | 'suspended'>[],
	totalCards: number,
	inCourse: (cardId: string) => boolean = () => true
): CardStateCounts {
	let learning = 0;
	let review = 0;
	let relearning = 0;
	let suspended = 0;
	for (const card of cards) {
		if (!inCourse(card.id)) continue;
		if (card.suspended) suspended += 1;
		else if (card.state === 1) learning += 1;
		else if (card.state === 2) review += 1;
		else if (card.state === 3) relearning += 1;
	}
	const studied = learning + review + relearning + suspended;
	const total = Math.max(totalCards, studied);
	return { new: total - studied, learning, review, relearning, suspended, total };
}
