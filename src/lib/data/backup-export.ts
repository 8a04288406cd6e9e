/** Reads everything the learner has done as one backup document. */
import { backupDocument, FEATURE_TABLES, type Backup, type FeatureTables } from './backup-format';
import { cardTables, readCards, refreshCardMirror, type CardsRead } from './card-mirror';
import { database, type AppDatabase } from './db';
import { logReadTables, readReviewLog } from './review-log';

/** The tables `readBackup` reads. */
export function backupTables(db: AppDatabase) {
	const features = FEATURE_TABLES.map((name) => db.table(name));
	return [...cardTables(db), ...logReadTables(db), db.meta, db.mistakes, ...features];
}

/** Everything stored as a backup document, and the cards as read; runs in the caller's transaction if it covers `backupTables`. */
export async function readBackup(
	db: AppDatabase,
	now: number
): Promise<{ backup: Backup; cards: CardsRead }> {
	return db.transaction('r', backupTables(db), async () => {
		const [cards, log, meta, mistakes, featureRows] = await Promise.all([
			readCards(db),
			readReviewLog(db),
			db.meta.toArray(),
			db.mistakes.toArray(),
			Promise.all(FEATURE_TABLES.map((name) => db.table(name).toArray()))
		]);
		const byName = Object.fromEntries(FEATURE_TABLES.map((name, i) => [name, featureRows[i]]));
		const backup = backupDocument(now, cards.rows, log, meta, mistakes, byName as unknown as FeatureTables);
		return { backup, cards };
	});
}

/** Everything stored, as a backup document exported at `now` (epoch ms), read in one transaction. */
export async function exportBackup(now: number): Promise<Backup> {
	const db = database();
	const { backup, cards } = await readBackup(db, now);
	if (cards.stale) await refreshCardMirror(db, cards);
	return backup;
}
