/**
 * The stats screen's first step: a browser that has stored nothing has no answers to chart, so it
 * is told so without loading the database or the stats worker. Otherwise the full loader runs.
 */
import { storedSchemaVersion } from '$lib/data/stored-database';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import type { LoadStatsOptions } from '$lib/data/stats-repository';
import type { StatsPageData } from './stats-page';

export type { StatsPageData } from './stats-page';

export async function startStatsPage(options: LoadStatsOptions, now = Date.now()): Promise<StatsPageData> {
	if ((await storedSchemaVersion()) === null)
		return { stats: null, desiredRetention: DEFAULT_SCHEDULER_SETTINGS.desiredRetention };
	const { loadStatsPage } = await import('./stats-page');
	return loadStatsPage(options, now);
}
