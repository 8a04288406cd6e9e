/** The learner's scheduler settings as screens read them: the saved ones, validated, or the defaults. */
import type { DeckLimits } from '$lib/domain/scheduling/daily-queue';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/domain/scheduling/types';
import { nothingStored } from './nothing-stored';

const repository = () => import('$lib/data/settings-repository');

export async function loadStudySettings(): Promise<SchedulerSettings> {
	if (await nothingStored()) return { ...DEFAULT_SCHEDULER_SETTINGS };
	return (await repository()).loadSchedulerSettings();
}

/** One deck's own daily limits; none for a deck the learner has not limited. */
export async function loadLimitsOf(deckId: string): Promise<DeckLimits> {
	if (await nothingStored()) return {};
	return (await (await repository()).loadDeckLimits())[deckId] ?? {};
}

/** Saves one deck's own limits; throws `InvalidSettingsError` for one out of bounds. */
export async function saveLimitsOf(deckId: string, limits: DeckLimits): Promise<DeckLimits> {
	return (await repository()).saveDeckLimits(deckId, limits);
}
