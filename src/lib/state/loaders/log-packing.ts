/** Packs old answers into blocks so the whole log reads fast; imported lazily, after the page has settled. */
import { compactReviewLog } from '$lib/data/review-log';

/** Packs answers older than the kept window at `now` (epoch ms); returns how many were packed. */
export function packOldAnswers(now: number): Promise<number> {
	return compactReviewLog(now);
}
