/** The learner's scheduler settings as screens read them: the saved ones, validated, or the defaults. */
import { loadDeckLimits, loadSchedulerSettings, saveDeckLimits } from '$lib/data/settings-repository';
import type { DeckLimits } from '$lib/domain/scheduling/daily-queue';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';

export function loadStudySettings(): Promise<SchedulerSettings> {
	return loadSchedulerSettings();
}

/** One deck's own daily limits; none for a deck the learner has not limited. */
export async function loadLimitsOf(deckId: string): Promise<DeckLimits> {
	return (await loadDeckLimits())[deckId] ?? {};
}

/** Saves one deck's own limits; throws `InvalidSettingsError` for one out of bounds. */
export function saveLimitsOf(deckId: string, limits: DeckLimits): Promise<DeckLimits> {
	return saveDeckLimits(deckId, limits);
}
