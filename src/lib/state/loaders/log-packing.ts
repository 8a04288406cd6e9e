/** Packs old answers into blocks so the whole log reads fast; imported lazily, after the page has settled. */
import { storedSchemaVersion } from '$lib/data/stored-database';

/** Packs answers older than the kept window at `now` (epoch ms); returns how many were packed. */
export async function packOldAnswers(now: number): Promise<number> {
	// A browser that never stored progress has nothing to pack: it is not made to download the database code.
	if ((await storedSchemaVersion()) === null) return 0;
	const { compactReviewLog } = await import('$lib/data/review-log');
	return compactReviewLog(now);
}
