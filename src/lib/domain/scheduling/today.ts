import type { DeckLimits, QueueInput } from './daily-queue';
import type { CardState } from './types';

/**
 * New cards introduced and review cards answered among today's answers, for the daily caps. Only
 * answers in the study deck count (`source: 'review'`): drills, quizzes and missions keep their own
 * cards and must not use up the deck's limits. With `inDeck`, only that deck's cards count, for its own limits.
 */
export function doneToday(
	answers: readonly { cardId: string; stateBefore: CardState; source?: string }[],
	inDeck?: ReadonlySet<string>
): {
	newDoneToday: number;
	reviewsDoneToday: number;
} {
	const study = answers.filter(
		(a) => (a.source ?? 'review') === 'review' && (!inDeck || inDeck.has(a.cardId))
	);
	return {
		newDoneToday: new Set(study.filter((a) => a.stateBefore === 0).map((a) => a.cardId)).size,
		reviewsDoneToday: study.filter((a) => a.stateBefore === 2).length
	};
}

/**
 * Today's use of the daily limits for a queue: across all decks, and, when the deck has limits of
 * its own, by the deck's own cards.
 */
export function usedToday(
	answers: readonly { cardId: string; stateBefore: CardState; source?: string }[],
	deck?: { limits: DeckLimits; cardIds: Iterable<string> }
): Pick<QueueInput, 'newDoneToday' | 'reviewsDoneToday' | 'deck'> {
	return {
		...doneToday(answers),
		...(deck && { deck: { limits: deck.limits, ...doneToday(answers, new Set(deck.cardIds)) } })
	};
}
