import { applyGrade, newMemoryState } from './scheduler';
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
	for (const event of chronological(events)) {
		const before = states.get(event.cardId) ?? newMemoryState(event.reviewedAt);
		states.set(event.cardId, applyGrade(before, event.grade, event.reviewedAt, settings));
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
