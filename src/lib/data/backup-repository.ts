/** Export and restore of all progress. A restore is validated first and applied in one transaction. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { database } from './db';
import type { IntegrityReport } from './integrity';
import { runIntegrity } from './integrity-client';

export { exportBackup } from './backup-export';

/**
 * Replaces all progress with the backup in `text`, off the main thread; throws BackupError and
 * changes nothing if it is bad. Keeps a copy of the data it replaces. Reports the integrity check
 * of what was restored.
 */
export function importBackup(
	text: string,
	settings: SchedulerSettings,
	now = Date.now()
): Promise<IntegrityReport> {
	return runIntegrity({ task: 'restore', text, now }, settings);
}

/** The copy kept before a restore, if there is one. */
export interface SnapshotInfo {
	id: number;
	/** epoch ms */
	takenAt: number;
	reviews: number;
}

/** The copy taken before the latest restore, or null. */
export async function latestSnapshot(): Promise<SnapshotInfo | null> {
	const row = await database().snapshots.orderBy('takenAt').last();
	return row?.id === undefined ? null : { id: row.id, takenAt: row.takenAt, reviews: row.reviews };
}

/** Undoes a restore by putting the copy back, off the main thread. */
export function undoRestore(
	id: number,
	settings: SchedulerSettings,
	now = Date.now()
): Promise<IntegrityReport> {
	return runIntegrity({ task: 'snapshot', id, now }, settings);
}
