/** The learner's scheduler settings as screens read them: the saved ones, validated, or the defaults. */
import type { DeckLimits } from '$lib/domain/scheduling/daily-queue';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '$lib/domain/scheduling/types';
import { storedOr } from './nothing-stored';

const repository = () => import('$lib/data/settings-repository');

export function loadStudySettings(): Promise<SchedulerSettings> {
	return storedOr({ ...DEFAULT_SCHEDULER_SETTINGS }, async () =>
		(await repository()).loadSchedulerSettings()
	);
}

/** One deck's own daily limits; none for a deck the learner has not limited. */
export function loadLimitsOf(deckId: string): Promise<DeckLimits> {
	return storedOr({}, async () => (await (await repository()).loadDeckLimits())[deckId] ?? {});
}

/** Saves one deck's own limits; throws `InvalidSettingsError` for one out of bounds. */
export async function saveLimitsOf(deckId: string, limits: DeckLimits): Promise<DeckLimits> {
	return (await repository()).saveDeckLimits(deckId, limits);
}
