/** Every deck's counts for the study list, from the cards as the queue sees them and today's answers. */
import { deckCounts, type DeckCounts, type DeckLimits, type QueueCard } from './daily-queue';
import { newMemoryState } from './new-card';
import { doneToday, usedToday } from './today';
import type { CardState, SchedulerSettings } from './types';

export interface DeckCardIds {
	id: string;
	cardIds: readonly string[];
}

export interface StudyCounts {
	decks: Record<string, DeckCounts>;
	/** review cards due today across all decks, for the catch-up offer */
	dueReviews: number;
	reviewsToday: number;
}

/**
 * Counts for every deck at `now` (epoch ms), with today's caps applied: the deck's own and those
 * across all decks. A card missing from `stored` has never been studied, so it is new.
 */
export function studyCounts(
	decks: readonly DeckCardIds[],
	stored: ReadonlyMap<string, QueueCard>,
	today: readonly { cardId: string; stateBefore: CardState; source?: string }[],
	now: number,
	settings: SchedulerSettings,
	deckLimits: Readonly<Record<string, DeckLimits>> = {}
): StudyCounts {
	const ids = [...new Set(decks.flatMap((d) => d.cardIds))];
	const fresh = newMemoryState(now);
	const cards = ids.map((id) => stored.get(id) ?? { id, memory: fresh, suspended: false });
	const input = { cards, now, settings, ...doneToday(today) };
	const uncapped = { ...input, settings: { ...settings, reviewsPerDay: Number.MAX_SAFE_INTEGER } };
	// Each deck is counted over its own cards, not by sifting every card of every deck once per deck;
	// a deck with limits of its own is also held to what its own cards used of them today.
	const byId = new Map(cards.map((c) => [c.id, c]));
	const counts = (d: DeckCardIds) => {
		const limits = deckLimits[d.id];
		const own = [...new Set(d.cardIds)].flatMap((id) => byId.get(id) ?? []);
		return deckCounts(
			{ ...input, cards: own, ...usedToday(today, limits && { limits, cardIds: d.cardIds }) },
			d.cardIds
		);
	};
	return {
		decks: Object.fromEntries(decks.map((d) => [d.id, counts(d)])),
		dueReviews: deckCounts(uncapped, ids).due,
		reviewsToday: today.length
	};
}

/** The counts of a learner who has stored nothing: every card new, nothing answered today. */
export function nothingStudiedCounts(
	decks: readonly DeckCardIds[],
	now: number,
	settings: SchedulerSettings
): StudyCounts {
	return studyCounts(decks, new Map(), [], now, settings);
}
