import { cardReplay } from './card-replay';
import { grader } from './scheduler';
import { newMemoryState } from './new-card';
import type { MemoryState, ReviewEvent, SchedulerSettings } from './types';

/** Thrown when replayCard is handed events that belong to more than one card. */
export class MixedCardEventsError extends Error {
	override readonly name = 'MixedCardEventsError';
	constructor(
		readonly expectedCardId: string,
		readonly foundCardId: string
	) {
		super(`replayCard expected events for "${expectedCardId}" only, found "${foundCardId}"`);
	}
}

/** Events by reviewedAt (epoch ms); equal times keep their log order. */
function chronological(events: Iterable<ReviewEvent>): ReviewEvent[] {
	// Array.prototype.sort is stable, which is what keeps same-millisecond answers in log order.
	return [...events].sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/** Rebuilds every card's memory from the review log; cards start new at their first review. */
export function replay(events: Iterable<ReviewEvent>, settings: SchedulerSettings): Map<string, MemoryState> {
	const states = new Map<string, MemoryState>();
	const grade = grader(settings);
	for (const event of chronological(events)) {
		const before = states.get(event.cardId) ?? newMemoryState(event.reviewedAt);
		states.set(event.cardId, grade(before, event.grade, event.reviewedAt));
	}
	return states;
}

/** One card's memory from its events (e.g. after undo drops the last); undefined means it was never reviewed. */
export function replayCard(
	events: Iterable<ReviewEvent>,
	settings: SchedulerSettings
): MemoryState | undefined {
	const list = [...events];
	const cardId = list[0]?.cardId;
	if (cardId === undefined) return undefined;
	const stranger = list.find((event) => event.cardId !== cardId);
	if (stranger) throw new MixedCardEventsError(cardId, stranger.cardId);
	return replay(list, settings).get(cardId);
}

/** The review log as columns: answer i was card `cardIds[card[i]]`, graded `grade[i]` at `reviewedAt[i]`. */
export interface ReviewLogColumns {
	cardIds: readonly string[];
	card: Uint32Array;
	grade: Uint8Array;
	/** epoch ms */
	reviewedAt: Float64Array;
}

/** Answer indices grouped by card (counting sort, so log order is kept), each group in time order. */
function byCard(log: ReviewLogColumns): { order: Uint32Array; start: Uint32Array } {
	const cards = log.cardIds.length;
	const start = new Uint32Array(cards + 1);
	for (const c of log.card) start[c + 1]! += 1;
	for (let c = 0; c < cards; c++) start[c + 1]! += start[c]!;
	const fill = start.slice(0, cards);
	const order = new Uint32Array(log.card.length);
	for (let i = 0; i < log.card.length; i++) order[fill[log.card[i]!]!++] = i;
	const at = log.reviewedAt;
	for (let c = 0; c < cards; c++) {
		const group = order.subarray(start[c], start[c + 1]);
		let sorted = true;
		for (let k = 1; k < group.length && sorted; k++) sorted = at[group[k - 1]!]! <= at[group[k]!]!;
		// Stable: same-millisecond answers keep their log order.
		if (!sorted) group.set([...group].sort((a, b) => at[a]! - at[b]! || a - b));
	}
	return { order, start };
}

/**
 * The same states as replay, from the log as columns, yielded card by card as [card index, state]
 * so a caller can write each batch while the next is computed. Cards with no answers are skipped.
 * `resetAt` gives a card's reset time (epoch ms): answers before it are skipped, as if forgotten.
 */
export function* replayByCard(
	log: ReviewLogColumns,
	settings: SchedulerSettings,
	resetAt?: (card: number) => number | undefined
): Generator<[number, MemoryState]> {
	const { order, start } = byCard(log);
	const replayCard = cardReplay(settings);
	for (let c = 0; c < log.cardIds.length; c++) {
		let from = start[c]!;
		const to = start[c + 1]!;
		const reset = resetAt?.(c);
		if (reset !== undefined) while (from < to && log.reviewedAt[order[from]!]! < reset) from++;
		if (from === to) continue;
		yield [c, replayCard(log.reviewedAt, log.grade, order, from, to)];
	}
}

/** Every card's state from the log as columns; element c belongs to `cardIds[c]` (undefined: never answered). */
export function replayColumns(
	log: ReviewLogColumns,
	settings: SchedulerSettings
): (MemoryState | undefined)[] {
	const states = new Array<MemoryState | undefined>(log.cardIds.length);
	for (const [c, memory] of replayByCard(log, settings)) states[c] = memory;
	return states;
}
