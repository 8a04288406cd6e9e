/** Input shapes shared by the stats functions: plain arrays that a worker can fill and post. */
import type { CardState } from '../scheduling/types';

/**
 * The review log in columns: index i of every array is one answer. Typed arrays keep a million
 * answers in a few megabytes and let the stats read them without one object per answer.
 */
export interface ReviewColumns {
	/** epoch ms */
	readonly reviewedAt: ArrayLike<number>;
	/** 1 Again, 2 Hard, 3 Good, 4 Easy */
	readonly grade: ArrayLike<number>;
	/** the card's state before the answer: 0 New, 1 Learning, 2 Review, 3 Relearning */
	readonly stateBefore: ArrayLike<number>;
}

/** The stored card fields the stats read (a CardRow fits). */
export interface StatsCard {
	/** `${itemId}:${template}` */
	readonly id: string;
	/** epoch ms */
	readonly due: number;
	readonly state: CardState;
	/** days */
	readonly stability: number;
	/** 1 when suspended */
	readonly suspended: 0 | 1;
}

/** A count with its share; `rate` is null when nothing was counted, so charts can leave a gap. */
export interface Ratio {
	passed: number;
	total: number;
	/** 0–1, or null when total is 0 */
	rate: number | null;
}

/** passed / total, or null when there is nothing to divide. */
export function ratio(passed: number, total: number): Ratio {
	return { passed, total, rate: total > 0 ? passed / total : null };
}
