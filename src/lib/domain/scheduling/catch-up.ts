import { isAvailable, type QueueCard } from './daily-queue';
import { retrievability } from './scheduler';
import type { SchedulerSettings } from './types';

/** More than this many days of reviews waiting means the learner is back from a break. */
export const CATCH_UP_AFTER_DAYS = 3;

/** Days (whole, rounded up) needed to clear `dueCount` reviews at `reviewsPerDay`; Infinity if the cap is 0. */
export function backlogDays(dueCount: number, reviewsPerDay: number): number {
	if (dueCount <= 0) return 0;
	if (reviewsPerDay <= 0) return Infinity;
	return Math.ceil(dueCount / reviewsPerDay);
}

/** True when the due reviews are more than three days' worth at the learner's daily cap. */
export function needsCatchUp(dueCount: number, settings: SchedulerSettings): boolean {
	return backlogDays(dueCount, settings.reviewsPerDay) > CATCH_UP_AFTER_DAYS;
}

/** Review cards due at `now` (epoch ms), the most likely forgotten first, at most `cap` of them. */
export function catchUpQueue(
	cards: readonly QueueCard[],
	now: number,
	cap: number,
	/** the learner's FSRS parameters */
	weights?: readonly number[]
): string[] {
	return cards
		.filter((card) => isAvailable(card, now) && card.memory.state === 2 && card.memory.due <= now)
		.map((card) => ({ card, recall: retrievability(card.memory, now, weights) }))
		.sort((a, b) => a.recall - b.recall || a.card.memory.due - b.card.memory.due)
		.slice(0, Math.max(0, cap))
		.map(({ card }) => card.id);
}
