/** Turns stored card rows into a study session's cards and today's queue over them. */
import type { StudyItem } from '$lib/content/types';
import { parseCardId } from '$lib/domain/cards/card-id';
import { spreadSiblings } from '$lib/domain/cards/sibling-order';
import { isCardTemplate, type CardTemplate } from '$lib/domain/cards/templates';
import { catchUpQueue } from '$lib/domain/scheduling/catch-up';
import {
	buildQueue,
	type DailyQueue,
	type QueueCard,
	type QueueInput
} from '$lib/domain/scheduling/daily-queue';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import type { MemoryState, SchedulerSettings } from '$lib/domain/scheduling/types';
import type { CardRow } from '$lib/data/db';

export interface SessionCard {
	id: string;
	item: StudyItem;
	template: CardTemplate;
	memory: MemoryState;
}

/** A session's queues: what to show, in order, and what waits behind a limit or a learning step. */
export interface SessionQueues {
	main: SessionCard[];
	learning: SessionCard[];
	later: SessionCard[];
	held: { new: SessionCard[]; review: SessionCard[] };
	/** the limit that holds cards back, where any are held: the deck's own or the one across all decks */
	heldBy: DailyQueue['heldBy'];
	/** every card of the deck that can be shown, by item, for burying siblings */
	byItem: Map<string, SessionCard[]>;
}

/** The deck's cards with their stored rows; ids whose item or template is unknown are skipped. */
export function sessionCards(
	cardIds: readonly string[],
	rows: readonly (CardRow | undefined)[],
	items: ReadonlyMap<string, StudyItem>,
	now: number
): (QueueCard & { card: SessionCard })[] {
	return cardIds.flatMap((id, i) => {
		const { itemId, template } = parseCardId(id);
		const item = items.get(itemId);
		if (!item || !isCardTemplate(template)) return [];
		const row = rows[i];
		const memory = row ?? newMemoryState(now);
		return [
			{
				id,
				memory,
				suspended: row?.suspended === 1,
				...(row?.buriedUntil ? { buriedUntil: row.buriedUntil } : {}),
				card: { id, item, template, memory }
			}
		];
	});
}

/** A custom-study choice of card ids from the deck and today's queue. */
export type SessionSelect = (cards: readonly QueueCard[], queue: DailyQueue, now: number) => string[];

/** Today's queues at `now`; catch-up takes only overdue reviews, lowest recall first. */
export function sessionQueues(
	cards: readonly (QueueCard & { card: SessionCard })[],
	done: Pick<QueueInput, 'newDoneToday' | 'reviewsDoneToday' | 'deck'>,
	now: number,
	settings: SchedulerSettings,
	mode: 'normal' | 'catch-up',
	select?: SessionSelect
): SessionQueues {
	const byId = new Map(cards.map((c) => [c.id, c.card]));
	const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
	const byItem = new Map<string, SessionCard[]>();
	for (const { card } of cards) byItem.set(card.item.id, [...(byItem.get(card.item.id) ?? []), card]);
	if (mode === 'catch-up' && !select) {
		const main = pick(catchUpQueue(cards, now, settings.reviewsPerDay, settings.weights));
		return { main, learning: [], later: [], held: { new: [], review: [] }, heldBy: {}, byItem };
	}
	const queue = buildQueue({ cards, now, settings, ...done });
	// Custom study picks its own cards and leaves the daily queues alone.
	if (select)
		return {
			main: pick(select(cards, queue, now)),
			learning: [],
			later: [],
			held: { new: [], review: [] },
			heldBy: {},
			byItem
		};
	return {
		// Reviews first, then new cards with the templates of one item spread apart.
		main: [...pick(queue.review), ...spreadSiblings(pick(queue.new), (c) => c.item.id)],
		learning: pick(queue.learning),
		later: pick(queue.later),
		held: { new: pick(queue.held.new), review: pick(queue.held.review) },
		heldBy: queue.heldBy,
		byItem
	};
}

export type Queues = Omit<SessionQueues, 'byItem' | 'heldBy'>;

/** Siblings taken out of the queues after an answer, by the queue each came from. */
export interface TakenSiblings {
	main: SessionCard[];
	new: SessionCard[];
	review: SessionCard[];
	/** held cards moved up in their place: a buried sibling does not use up a daily limit */
	moved: SessionCard[];
}

const inStep = (c: SessionCard) => c.memory.state === 1 || c.memory.state === 3;

/** Takes the word's other cards still to come today out of the queues; those in a learning step stay. */
export function takeSiblings(
	queues: Queues,
	byItem: ReadonlyMap<string, SessionCard[]> | null,
	card: SessionCard
): { queues: Queues; taken: TakenSiblings } {
	const others = new Set((byItem?.get(card.item.id) ?? []).map((c) => c.id).filter((id) => id !== card.id));
	const sibling = (c: SessionCard) => others.has(c.id) && !inStep(c);
	const split = (list: SessionCard[]) => [list.filter(sibling), list.filter((c) => !sibling(c))] as const;
	const [main, keepMain] = split(queues.main);
	const [fresh, keepNew] = split(queues.held.new);
	const [review, keepReview] = split(queues.held.review);
	const freed = (state: number) => main.filter((c) => c.memory.state === state).length;
	const moveNew = keepNew.slice(0, freed(0));
	const moveReview = keepReview.slice(0, freed(2));
	return {
		queues: {
			...queues,
			main: [...keepMain, ...moveReview, ...moveNew],
			held: { new: keepNew.slice(moveNew.length), review: keepReview.slice(moveReview.length) }
		},
		taken: { main, new: fresh, review, moved: [...moveReview, ...moveNew] }
	};
}

/** Puts siblings taken by takeSiblings back at the front of the queues they came from. */
export function returnSiblings(queues: Queues, taken: TakenSiblings): Queues {
	const moved = new Set(taken.moved.map((c) => c.id));
	const back = (state: number) => taken.moved.filter((c) => c.memory.state === state);
	return {
		...queues,
		main: [...taken.main, ...queues.main.filter((c) => !moved.has(c.id))],
		held: {
			new: [...taken.new, ...back(0), ...queues.held.new],
			review: [...taken.review, ...back(2), ...queues.held.review]
		}
	};
}

/** Every card in a TakenSiblings. */
export function takenCards(taken: TakenSiblings): SessionCard[] {
	return [...taken.main, ...taken.new, ...taken.review];
}

/** New, learning and review cards left: the queues and the card on screen. */
export function queueCounts(
	queues: Queues,
	current: SessionCard | null
): { new: number; learning: number; review: number } {
	const all = [...queues.main, ...queues.learning, ...(current ? [current] : [])];
	return {
		new: all.filter((c) => c.memory.state === 0).length,
		learning: all.filter(inStep).length,
		review: all.filter((c) => c.memory.state === 2).length
	};
}
