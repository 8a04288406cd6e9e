/** The notebook's trend chart: mistakes per study day over a window ending today. */
import { studyDayStart } from '../scheduling/study-day';

export interface TrendDay {
	/** epoch ms at the start of the study day */
	start: number;
	mistakes: number;
	/** items cleared from the notebook that day */
	cleared: number;
}

const DAY_MS = 86_400_000;

/**
 * One bucket per study day for the `days` days up to and including today, oldest first. `clearedAt`
 * holds when each cleared item left the notebook (epoch ms).
 */
export function mistakeTrend(
	mistakesAt: readonly number[],
	clearedAt: readonly number[],
	now: number,
	rolloverHour: number,
	days = 30
): TrendDay[] {
	const today = studyDayStart(now, rolloverHour);
	const first = today - (days - 1) * DAY_MS;
	const buckets: TrendDay[] = Array.from({ length: days }, (_, i) => ({
		start: first + i * DAY_MS,
		mistakes: 0,
		cleared: 0
	}));
	const index = (t: number) => Math.floor((studyDayStart(t, rolloverHour) - first) / DAY_MS + 0.5);
	for (const t of mistakesAt) {
		const b = buckets[index(t)];
		if (b) b.mistakes += 1;
	}
	for (const t of clearedAt) {
		const b = buckets[index(t)];
		if (b) b.cleared += 1;
	}
	return buckets;
}
