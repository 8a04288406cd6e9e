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
}

/** Card ids to study now, each list in the order to show it. */
export interface DailyQueue {
	learning: string[];
	review: string[];
	new: string[];
}

export interface DeckCounts {
	new: number;
	learning: number;
	due: number;
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

function byDue(a: QueueCard, b: QueueCard): number {
	return a.memory.due - b.memory.due;
}

/** Today's queue at `now`: learning due now, reviews due today (most overdue first), new cards, each capped. */
export function buildQueue(input: QueueInput): DailyQueue {
	const { now, settings } = input;
	const dayEnd = endOfStudyDay(now, settings.dayRolloverHour, input.utcOffsetMinutes);
	const learning: QueueCard[] = [];
	const review: QueueCard[] = [];
	const fresh: QueueCard[] = [];
	for (const card of input.cards) {
		if (!isAvailable(card, now)) continue;
		const { state, due } = card.memory;
		// Learning steps are minutes apart, so only those due right now are ready.
		if ((state === 1 || state === 3) && due <= now) learning.push(card);
		else if (state === 2 && due < dayEnd) review.push(card);
		else if (state === 0) fresh.push(card);
	}
	// Learning cards are not capped: leaving a half-learned card until tomorrow wastes the steps done so far.
	return {
		learning: learning.sort(byDue).map((card) => card.id),
		review: review
			.sort(byDue)
			.slice(0, remaining(settings.reviewsPerDay, input.reviewsDoneToday))
			.map((card) => card.id),
		new: fresh.slice(0, remaining(settings.newPerDay, input.newDoneToday)).map((card) => card.id)
	};
}

/** How many new, learning and due cards one deck shows, with today's caps applied. */
export function deckCounts(input: QueueInput, deckCardIds: Iterable<string>): DeckCounts {
	const inDeck = new Set(deckCardIds);
	const queue = buildQueue({ ...input, cards: input.cards.filter((card) => inDeck.has(card.id)) });
	return { new: queue.new.length, learning: queue.learning.length, due: queue.review.length };
}
