/**
 * The review log as the FSRS optimizer reads it: each card's ratings in time order, with the gap in
 * study days since the previous rating (0 within a day, which FSRS treats as a short-term step).
 */
import type { ReviewLogColumns } from '../scheduling/replay';
import { studyDayIndex } from '../scheduling/study-day';

/** Per-card sequences, flattened: card k owns reviews `start[k]` to `start[k + 1]`. */
export interface CardHistories {
	/** 1–4 */
	ratings: Uint8Array;
	/** study days since the card's previous rating; 0 for its first */
	deltaDays: Uint32Array;
	/** epoch ms of each rating, for putting training items in time order */
	reviewedAt: Float64Array;
	start: Uint32Array;
}

/** Below this many reviews on a later day the fit is noise (Anki asks for about 400). */
export const MINIMUM_REVIEWS = 400;

/**
 * Groups the log by card, keeping only answers `keep` accepts (flashcard reviews: drills and quizzes
 * are multiple choice, where guessing inflates recall), and measures gaps in study days that start at
 * `rolloverHour` local time.
 */
export function cardHistories(
	log: ReviewLogColumns,
	keep: (index: number) => boolean,
	rolloverHour: number,
	utcOffsetMinutes?: (at: number) => number
): CardHistories {
	const cards = log.cardIds.length;
	const count = new Uint32Array(cards + 1);
	const kept: number[] = [];
	for (let i = 0; i < log.card.length; i++) {
		if (!keep(i)) continue;
		kept.push(i);
		count[log.card[i]! + 1]! += 1;
	}
	for (let c = 0; c < cards; c++) count[c + 1]! += count[c]!;
	const order = new Uint32Array(kept.length);
	const fill = count.slice(0, cards);
	for (const i of kept) order[fill[log.card[i]!]!++] = i;
	const ratings = new Uint8Array(kept.length);
	const deltaDays = new Uint32Array(kept.length);
	const reviewedAt = new Float64Array(kept.length);
	for (let c = 0; c < cards; c++) {
		const from = count[c]!;
		const to = count[c + 1]!;
		// Log order is answer order, but a stable sort by time keeps a clock fault from reordering a card.
		const slice = inTimeOrder(order.subarray(from, to), log.reviewedAt);
		let previousDay = 0;
		for (let k = 0; k < slice.length; k++) {
			const i = slice[k]!;
			const at = log.reviewedAt[i]!;
			const day = studyDayIndex(at, rolloverHour, utcOffsetMinutes?.(at));
			ratings[from + k] = log.grade[i]!;
			reviewedAt[from + k] = at;
			deltaDays[from + k] = k === 0 ? 0 : Math.max(0, day - previousDay);
			previousDay = day;
		}
	}
	return { ratings, deltaDays, reviewedAt, start: count };
}

/** The indexes sorted by time, stably; as they are when already in order (the usual case, and cheaper). */
function inTimeOrder(indexes: Uint32Array, at: ArrayLike<number>): ArrayLike<number> {
	for (let k = 1; k < indexes.length; k++)
		if (at[indexes[k]!]! < at[indexes[k - 1]!]!) return Array.from(indexes).sort((a, b) => at[a]! - at[b]!);
	return indexes;
}

/** How many reviews came on a later day than the card's previous one: what the fit learns from. */
export function longTermReviews(histories: CardHistories): number {
	let n = 0;
	for (let c = 0; c + 1 < histories.start.length; c++) {
		for (let i = histories.start[c]! + 1; i < histories.start[c + 1]!; i++)
			if (histories.deltaDays[i]! > 0) n++;
	}
	return n;
}
