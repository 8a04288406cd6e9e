/** The stats screen's data: every figure over the whole log, and the retention target to draw against. */
import { loadStudyContent } from '$lib/content/study';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import {
	hasAnswers,
	loadStats,
	statsLevels,
	type LoadStatsOptions,
	type LoadedStats
} from '$lib/data/stats-repository';
import { localUtcOffsetMinutes } from '$lib/domain/scheduling/study-day';

export interface StatsPageData {
	/** null when no answer is stored yet */
	stats: LoadedStats | null;
	/** 0–1, the target line on the retention chart */
	desiredRetention: number;
}

/** The stats for the whole log at `now` (epoch ms), computed in the stats worker, with the learner's settings. */
export async function loadStatsPage(options: LoadStatsOptions, now = Date.now()): Promise<StatsPageData> {
	const [answered, settings] = await Promise.all([hasAnswers(), loadSchedulerSettings()]);
	if (!answered) return { stats: null, desiredRetention: settings.desiredRetention };
	const content = await loadStudyContent();
	const request = {
		...statsLevels(content),
		now,
		rolloverHour: settings.dayRolloverHour,
		utcOffsetMinutes: localUtcOffsetMinutes(now)
	};
	return { stats: await loadStats(request, options), desiredRetention: settings.desiredRetention };
}
