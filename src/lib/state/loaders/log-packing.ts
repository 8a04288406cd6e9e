/**
 * Packs old answers into blocks so the whole log reads fast, and keeps the record of card writes
 * short; imported lazily, after the page has settled.
 */
import { storedSchemaVersion } from '$lib/data/stored-database';

/** Packs answers older than the kept window at `now` (epoch ms); returns how many were packed. */
export async function packOldAnswers(now: number): Promise<number> {
	// A browser that never stored progress has nothing to pack: it is not made to download the database code.
	if ((await storedSchemaVersion()) === null) return 0;
	const [{ compactReviewLog }, { mergeOldCardWrites }] = await Promise.all([
		import('$lib/data/review-log'),
		import('$lib/data/card-repository')
	]);
	const packed = await compactReviewLog(now);
	await mergeOldCardWrites();
	return packed;
}
