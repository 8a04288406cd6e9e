/** The learner's scheduling settings and each deck's own limits, stored in the meta table and validated on every read. */
import type { DeckLimits } from '$lib/domain/scheduling/daily-queue';
import {
	readDeckLimits,
	validateDeckLimits,
	validateSchedulerSettings
} from '$lib/domain/scheduling/settings-schema';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/domain/scheduling/types';
import { database } from './db';
import { DECK_LIMITS_KEY, SETTINGS_KEY } from './meta-keys';

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

/** Every deck's own daily limits; a stored entry that is not usable is left out (see readDeckLimits). */
export async function loadDeckLimits(): Promise<Record<string, DeckLimits>> {
	return readDeckLimits((await database().meta.get(DECK_LIMITS_KEY))?.value);
}

/**
 * Sets one deck's own limits (none left clears them), in one transaction so another tab's change to
 * a different deck is kept. Throws `InvalidSettingsError` for a limit out of bounds, before writing.
 */
export async function saveDeckLimits(deckId: string, input: DeckLimits): Promise<DeckLimits> {
	const limits = validateDeckLimits(input);
	const db = database();
	await db.transaction('rw', db.meta, async () => {
		const all = readDeckLimits((await db.meta.get(DECK_LIMITS_KEY))?.value);
		if (Object.keys(limits).length > 0) all[deckId] = limits;
		else delete all[deckId];
		await db.meta.put({ key: DECK_LIMITS_KEY, value: all });
	});
	return limits;
}
