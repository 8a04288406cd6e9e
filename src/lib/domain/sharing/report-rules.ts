/** What a report's figures must satisfy to be true, beyond their shape. */

/** The most a report's date may run ahead of the teacher's clock. ms */
export const CLOCK_TOLERANCE_MS = 86_400_000;

interface Counts {
	total?: number;
	seen?: number;
	reviews: number;
	correct: number;
}

/** No more cards seen than there are, and no more correct answers than answers. */
export function figuresPossible(f: Counts): boolean {
	return f.correct <= f.reviews && (f.total === undefined || (f.seen ?? 0) <= f.total);
}

/** A summary's figures, plus no more missions done than assigned. */
export function summaryPossible(s: Counts & { missionsDone: number; missionsTotal: number }): boolean {
	return figuresPossible(s) && s.missionsDone <= s.missionsTotal;
}

/** Whether no two entries of a list share a key. */
export function distinct<T>(list: readonly T[], key: (entry: T) => string): boolean {
	return new Set(list.map(key)).size === list.length;
}

/** Whether a date (epoch ms) is later than the clock allows, at `now` (epoch ms). */
export function isFutureDate(at: number, now: number): boolean {
	return at > now + CLOCK_TOLERANCE_MS;
}
