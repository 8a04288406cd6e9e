/** Export and restore of all progress. A restore is validated first and applied in one transaction. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { backupDocument, type Backup } from './backup-format';
import { database } from './db';
import type { IntegrityReport } from './integrity';
import { runIntegrity } from './integrity-client';
import { readReviewLog } from './review-log';

/** Everything the learner has done, as a backup document. */
export async function exportBackup(now: number): Promise<Backup> {
	const db = database();
	const tables = [db.cards, db.reviews, db.reviewBlocks, db.meta, db.mistakes, db.missions, db.studyTerms];
	return db.transaction('r', tables, async () => {
		const [cards, log, meta, mistakes, missions, studyTerms] = await Promise.all([
			db.cards.toArray(),
			readReviewLog(db),
			db.meta.toArray(),
			db.mistakes.toArray(),
			db.missions.toArray(),
			db.studyTerms.toArray()
		]);
		return backupDocument(now, cards, log, meta, mistakes, { missions, studyTerms });
	});
}

/**
 * Replaces all progress with the backup in `text`, off the main thread; throws BackupError and
 * changes nothing if it is bad. Reports the integrity check of what was restored.
 */
export function importBackup(
	text: string,
	settings: SchedulerSettings,
	now = Date.now()
): Promise<IntegrityReport> {
	return runIntegrity({ task: 'restore', text, now }, settings);
}
