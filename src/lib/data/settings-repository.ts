/** The learner's scheduling settings, stored in the meta table and validated on every read. */
import { validateSchedulerSettings } from '$lib/domain/scheduling/settings-schema';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/domain/scheduling/types';
import { database } from './db';
import { SETTINGS_KEY } from './meta-keys';

/** The saved settings, or the defaults when none are saved or the saved ones are unusable. */
export async function loadSchedulerSettings(): Promise<SchedulerSettings> {
	const row = await database().meta.get(SETTINGS_KEY);
	if (!row) return { ...DEFAULT_SCHEDULER_SETTINGS };
	try {
		return validateSchedulerSettings(row.value);
	} catch {
		return { ...DEFAULT_SCHEDULER_SETTINGS };
	}
}

/** Saves validated settings and reschedules every card with them, in one transaction, off the main thread. */
export async function saveSchedulerSettings(input: unknown): Promise<SchedulerSettings> {
	const settings = validateSchedulerSettings(input);
	// Loaded here, so pages that only read the settings do not download the backup and integrity code.
	const { runIntegrity } = await import('./integrity-client');
	await runIntegrity('reschedule', settings);
	return settings;
}
