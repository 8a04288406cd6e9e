/**
 * New scheduling settings reschedule every card: the settings and the replayed cards are written in
 * one transaction, so stored states always equal a replay under the current settings. The integrity
 * worker runs this, so a long history does not freeze the page.
 */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { cardTables } from './card-mirror';
import { database } from './db';
import { rebuildFromLog, type IntegrityReport } from './integrity';
import { SETTINGS_KEY } from './meta-keys';
import { logReadTables } from './review-log';

/** Stores already-validated settings and rewrites every card the new settings schedule differently. */
export async function storeAndReschedule(settings: SchedulerSettings): Promise<IntegrityReport> {
	const db = database();
	return db.transaction('rw', [db.meta, ...cardTables(db), ...logReadTables(db)], async () => {
		await db.meta.put({ key: SETTINGS_KEY, value: settings });
		return rebuildFromLog(settings);
	});
}
