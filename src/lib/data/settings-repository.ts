/** The learner's scheduling settings, stored in the meta table and validated on every read. */
import {
	DEFAULT_SCHEDULER_SETTINGS,
	validateSchedulerSettings,
	type SchedulerSettings
} from '$lib/domain/scheduling/types';
import { database } from './db';
import { rebuildFromLog } from './integrity';

const KEY = 'scheduler-settings';

/** The saved settings, or the defaults when none are saved or the saved ones are unusable. */
export async function loadSchedulerSettings(): Promise<SchedulerSettings> {
	const row = await database().meta.get(KEY);
	if (!row) return { ...DEFAULT_SCHEDULER_SETTINGS };
	try {
		return validateSchedulerSettings(row.value);
	} catch {
		return { ...DEFAULT_SCHEDULER_SETTINGS };
	}
}

/**
 * Saves validated settings and reschedules every card by replaying the log with them, in one
 * transaction, so stored states always equal a replay under the current settings.
 */
export async function saveSchedulerSettings(input: unknown): Promise<SchedulerSettings> {
	const settings = validateSchedulerSettings(input);
	const db = database();
	await db.transaction('rw', [db.meta, db.cards, db.reviews, db.reviewBlocks], async () => {
		await db.meta.put({ key: KEY, value: settings });
		await rebuildFromLog(settings);
	});
	return settings;
}
