/** Export and restore of all progress. A restore is validated first and applied in one transaction. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup } from './backup-format';
import { database } from './db';
import type { IntegrityReport } from './integrity';
import { runIntegrity } from './integrity-client';

/** Everything the learner has done, as a backup document. */
export async function exportBackup(now: number): Promise<Backup> {
	const db = database();
	return db.transaction('r', [db.cards, db.reviews, db.meta, db.missions, db.studyTerms], async () => ({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now,
		cards: await db.cards.toArray(),
		reviews: await db.reviews.toArray(),
		meta: await db.meta.toArray(),
		missions: await db.missions.toArray(),
		studyTerms: await db.studyTerms.toArray()
	}));
}

/** Replaces all progress with the backup in `text`; throws BackupError and changes nothing if it is bad. */
export async function importBackup(text: string, settings: SchedulerSettings): Promise<IntegrityReport> {
	const backup = parseBackup(text);
	const db = database();
	const tables = [db.cards, db.reviews, db.meta, db.missions, db.studyTerms];
	await db.transaction('rw', tables, async () => {
		await Promise.all(tables.map((t) => t.clear()));
		await db.cards.bulkAdd(backup.cards);
		await db.reviews.bulkAdd(backup.reviews);
		await db.meta.bulkAdd(backup.meta);
		await db.missions.bulkAdd(backup.missions);
		await db.studyTerms.bulkAdd(backup.studyTerms);
	});
	return runIntegrity('check', settings);
}
