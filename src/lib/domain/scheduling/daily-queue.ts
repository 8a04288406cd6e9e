import { endOfStudyDay } from './study-day';
import type { MemoryState, SchedulerSettings } from './types';

/** A card as the queue sees it. */
export interface QueueCard {
	id: string;
	memory: MemoryState;
	suspended: boolean;
	/** epoch ms; the card is hidden until then */
	buriedUntil?: number;
}

/**
 * A deck's own daily limits, under the limits across all decks (as in Anki): a deck never shows more
 * than either allows. A limit left out means only the one across all decks applies.
 */
export interface DeckLimits {
	newPerDay?: number;
	reviewsPerDay?: number;
}

/** Which limit holds cards back: the deck's own, or the one across all decks. */
export type LimitScope = 'deck' | 'all';

export interface QueueInput {
	/** New cards are introduced in this order, so pass them in course order. */
	cards: readonly QueueCard[];
	/** epoch ms */
	now: number;
	settings: SchedulerSettings;
	/** new cards already introduced this study day */
	newDoneToday: number;
	/** review cards already answered this study day */
	reviewsDoneToday: number;
	/** minutes local time is ahead of UTC; defaults to the runtime's (see study-day.ts) */
	utcOffsetMinutes?: number;
	/** the deck's own limits and what this deck's cards used of them today */
	deck?: { limits: DeckLimits; newDoneToday: number; reviewsDoneToday: number };
}

/** Card ids to study now, each list in the order to show it. */
export interface DailyQueue {
	learning: string[];
	review: string[];
	new: string[];
	/** learning cards whose next step comes later this study day, soonest first */
	later: string[];
	/** cards a daily limit holds back, in the order they would come */
	held: { new: string[]; review: string[] };
	/** the limit that holds them back, where any are held */
	heldBy: { new?: LimitScope; review?: LimitScope };
}

/** What one deck shows: counts with today's limits applied, and why any are held back. */
export interface DeckCounts {
	new: number;
	/** learning cards due now or later this study day */
	learning: number;
	due: number;
	/** new cards the daily limit holds back */
	newHeld: number;
	/** due reviews the daily limit holds back */
	dueHeld: number;
	/** epoch ms of the next learning step not yet due, if any */
	nextLearningAt?: number;
	/** the limit that holds new or due cards back, where any are held */
	heldBy: { new?: LimitScope; review?: LimitScope };
}

/** False for suspended cards and for cards buried until after `now` (epoch ms). */
export function isAvailable(card: QueueCard, now: number): boolean {
	return !card.suspended && (card.buriedUntil === undefined || card.buriedUntil <= now);
}

/** True once a card has lapsed `threshold` times: it keeps being forgotten and needs rewriting. */
export function isLeech(memory: MemoryState, threshold: number): boolean {
	return memory.lapses >= threshold;
}

function remaining(perDay: number, doneToday: number): number {
	return Math.max(0, perDay - doneToday);
}

/** What is left today under both limits, and which of them binds (the deck's when the two tie). */
function cap(
	all: { perDay: number; done: number },
	deck: { perDay: number | undefined; done: number } | undefined
): { left: number; by: LimitScope } {
	const overall = remaining(all.perDay, all.done);
	if (deck?.perDay === undefined) return { left: overall, by: 'all' };
	const own = remaining(deck.perDay, deck.done);
	return own <= overall ? { left: own, by: 'deck' } : { left: overall, by: 'all' };
}

function byDue(a: QueueCard, b: QueueCard): number {
	return a.memory.due - b.memory.due;
}

/** Today's queue at `now`: learning due now, reviews due today (most overdue first), new cards, each capped. */
export function buildQueue(input: QueueInput): DailyQueue {
	const { now, settings } = input;
	const dayEnd = endOfStudyDay(now, settings.dayRolloverHour, input.utcOffsetMinutes);
	const learning: QueueCard[] = [];
	const later: QueueCard[] = [];
	const review: QueueCard[] = [];
	const fresh: QueueCard[] = [];
	for (const card of input.cards) {
		if (!isAvailable(card, now)) continue;
		const { state, due } = card.memory;
		// Learning steps are minutes apart, so only those due right now are ready.
		if ((state === 1 || state === 3) && due <= now) learning.push(card);
		else if ((state === 1 || state === 3) && due < dayEnd) later.push(card);
		else if (state === 2 && due < dayEnd) review.push(card);
		else if (state === 0) fresh.push(card);
	}
	const ids = (cards: QueueCard[]) => cards.map((card) => card.id);
	const reviews = ids(review.sort(byDue));
	const news = ids(fresh);
	const deck = input.deck;
	const reviewCap = cap(
		{ perDay: settings.reviewsPerDay, done: input.reviewsDoneToday },
		deck && { perDay: deck.limits.reviewsPerDay, done: deck.reviewsDoneToday }
	);
	const newCap = cap(
		{ perDay: settings.newPerDay, done: input.newDoneToday },
		deck && { perDay: deck.limits.newPerDay, done: deck.newDoneToday }
	);
	// Learning cards are not capped: leaving a half-learned card until tomorrow wastes the steps done so far.
	return {
		learning: ids(learning.sort(byDue)),
		review: reviews.slice(0, reviewCap.left),
		new: news.slice(0, newCap.left),
		later: ids(later.sort(byDue)),
		held: { new: news.slice(newCap.left), review: reviews.slice(reviewCap.left) },
		heldBy: {
			...(news.length > newCap.left && { new: newCap.by }),
			...(reviews.length > reviewCap.left && { review: reviewCap.by })
		}
	};
}

/** How many new, learning and due cards one deck shows, with today's caps applied. */
export function deckCounts(input: QueueInput, deckCardIds: Iterable<string>): DeckCounts {
	const inDeck = new Set(deckCardIds);
	const cards = input.cards.filter((card) => inDeck.has(card.id));
	const queue = buildQueue({ ...input, cards });
	const next = cards.find((card) => card.id === queue.later[0]);
	return {
		new: queue.new.length,
		learning: queue.learning.length + queue.later.length,
		due: queue.review.length,
		newHeld: queue.held.new.length,
		dueHeld: queue.held.review.length,
		...(next && { nextLearningAt: next.memory.due }),
		heldBy: queue.heldBy
	};
}
