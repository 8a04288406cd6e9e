/** Reads everything the learner has done as one backup document. */
import { backupDocument, FEATURE_TABLES, type Backup, type FeatureTables } from './backup-format';
import { database } from './db';
import { readReviewLog } from './review-log';

/** Everything stored, as a backup document exported at `now` (epoch ms), read in one transaction. */
export async function exportBackup(now: number): Promise<Backup> {
	const db = database();
	const features = FEATURE_TABLES.map((name) => db.table(name));
	const tables = [db.cards, db.reviews, db.reviewBlocks, db.meta, db.mistakes, ...features];
	return db.transaction('r', tables, async () => {
		const [cards, log, meta, mistakes, featureRows] = await Promise.all([
			db.cards.toArray(),
			readReviewLog(db),
			db.meta.toArray(),
			db.mistakes.toArray(),
			Promise.all(features.map((t) => t.toArray()))
		]);
		const byName = Object.fromEntries(FEATURE_TABLES.map((name, i) => [name, featureRows[i]]));
		return backupDocument(now, cards, log, meta, mistakes, byName as unknown as FeatureTables);
	});
}
