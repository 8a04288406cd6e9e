/**
 * Applies a backup: validated whole, then written in one transaction. While the writes run, the
 * backup's log is replayed against its cards, so the integrity check costs no second read. The
 * integrity worker runs this; so does the page where workers are missing.
 */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { parseBackup } from './backup-format';
import { database } from './db';
import { compareWithLog, type IntegrityReport } from './integrity';
import { KEEP_ROWS_DAYS, writeReviewLog } from './review-log';

const DAY = 86_400_000;

/**
 * Replaces all progress with the backup in `text`; throws BackupError and changes nothing if it is
 * bad. Answers from before the last KEEP_ROWS_DAYS (counted back from `now`, epoch ms) are packed.
 */
export async function restoreBackup(
	text: string,
	settings: SchedulerSettings,
	now: number
): Promise<IntegrityReport> {
	const plan = parseBackup(text);
	const db = database();
	const tables = [db.cards, db.reviews, db.reviewBlocks, db.meta, db.mistakes, db.missions, db.studyTerms];
	return db.transaction('rw', tables, async () => {
		await Promise.all(tables.map((t) => t.clear()));
		const writes = Promise.all([
			db.cards.bulkAdd(plan.cards),
			writeReviewLog(db, plan.log, now - KEEP_ROWS_DAYS * DAY),
			db.meta.bulkAdd(plan.meta),
			db.mistakes.bulkAdd(plan.mistakes),
			db.missions.bulkAdd(plan.missions),
			db.studyTerms.bulkAdd(plan.studyTerms)
		]);
		const mismatched = compareWithLog(plan.cards, plan.log, settings);
		await writes;
		return {
			cardsChecked: plan.cards.length,
			reviewsReplayed: plan.log.card.length,
			mismatched,
			rewritten: 0
		};
	});
}
