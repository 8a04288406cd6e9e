/** Export and restore of all progress. A restore is validated first and applied in one transaction. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup } from './backup-format';
import type { Table } from 'dexie';
import { database } from './db';
import type { IntegrityReport } from './integrity';
import { runIntegrity } from './integrity-client';

async function replaceAll<T, K>(table: Table<T, K>, rows: readonly T[] | undefined): Promise<void> {
	if (!rows) return;
	await table.clear();
	await table.bulkAdd([...rows]);
}

const classTables = () => {
	const db = database();
	return [db.assignments, db.reports, db.customDecks, db.issued];
};

/** Everything the learner has done, as a backup document. */
export async function exportBackup(now: number): Promise<Backup> {
	const db = database();
	return db.transaction('r', [db.cards, db.reviews, db.meta, ...classTables()], async () => ({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now,
		cards: await db.cards.toArray(),
		reviews: await db.reviews.toArray(),
		meta: await db.meta.toArray(),
		assignments: await db.assignments.toArray(),
		reports: await db.reports.toArray(),
		customDecks: await db.customDecks.toArray(),
		issued: await db.issued.toArray()
	}));
}

/** Replaces all progress with the backup in `text`; throws BackupError and changes nothing if it is bad. */
export async function importBackup(text: string, settings: SchedulerSettings): Promise<IntegrityReport> {
	const backup = parseBackup(text);
	const db = database();
	await db.transaction('rw', [db.cards, db.reviews, db.meta, ...classTables()], async () => {
		await Promise.all([db.cards.clear(), db.reviews.clear(), db.meta.clear()]);
		await db.cards.bulkAdd(backup.cards);
		await db.reviews.bulkAdd(backup.reviews);
		await db.meta.bulkAdd(backup.meta);
		// A backup from before class work leaves this device's assignments, reports and decks alone.
		await replaceAll(db.assignments, backup.assignments);
		await replaceAll(db.reports, backup.reports);
		await replaceAll(db.customDecks, backup.customDecks);
		await replaceAll(db.issued, backup.issued);
	});
	return runIntegrity('check', settings);
}
