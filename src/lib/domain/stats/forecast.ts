import { dayOf, studyDayDate, studyDayShift } from './calendar';
import type { StatsCard } from './types';

export const FORECAST_DAYS = 30;

export interface Forecast {
	/** cards due on study day today + i; day 0 also holds every overdue card */
	due: number[];
	/** local date each study day begins on, "YYYY-MM-DD" */
	dates: string[];
	/** cards already overdue before today began (included in due[0]) */
	overdue: number;
	/** sum of `due` */
	total: number;
}

/**
 * Cards falling due on each of the next `days` study days: every studied card (learning, review or
 * relearning) that is not suspended. New cards are not due; they wait for the daily new-card limit.
 */
export function forecast(
	cards: readonly Pick<StatsCard, 'due' | 'state' | 'suspended'>[],
	now: number,
	rolloverHour: number,
	utcOffsetMinutes: number,
	days = FORECAST_DAYS
): Forecast {
	const shift = studyDayShift(rolloverHour, utcOffsetMinutes);
	const today = dayOf(now, shift);
	const due = new Uint32Array(days);
	let overdue = 0;
	let total = 0;
	for (const card of cards) {
		if (card.state === 0 || card.suspended) continue;
		const index = dayOf(card.due, shift) - today;
		if (index >= days) continue;
		if (index < 0) overdue += 1;
		due[Math.max(0, index)] = (due[Math.max(0, index)] ?? 0) + 1;
		total += 1;
	}
	return {
		due: Array.from(due),
		dates: Array.from({ length: days }, (_, i) => studyDayDate(today + i)),
		overdue,
		total
	};
}
