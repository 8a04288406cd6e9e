/** Clock faults: answers dated before ones already given mean the device clock moved back. */

/** ms an answer may be dated before the newest answer before the clock counts as wrong. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** The clock reads earlier than an answer already given: it was ahead then or is behind now. */
export interface ClockFault {
	kind: 'behind';
	/** epoch ms of the newest answer */
	newestAt: number;
	/** epoch ms the device reads now */
	now: number;
}

/** A fault when `newestAt` (epoch ms) is later than `now` by more than the tolerance; null otherwise. */
export function clockFault(now: number, newestAt: number | undefined): ClockFault | null {
	return newestAt !== undefined && newestAt - now > CLOCK_TOLERANCE_MS
		? { kind: 'behind', newestAt, now }
		: null;
}

/**
 * The time an answer is recorded at: never before the card's previous answer, so the log's order
 * and its time order agree and replaying the log rebuilds exactly the state recorded.
 */
export function answerTime(now: number, lastReview: number | undefined): number {
	return lastReview !== undefined && lastReview > now ? lastReview : now;
}
