import { dayOf, studyDayDate, studyDayShift, weekStartOf, weekdayOf } from './calendar';

/** Days shown: a year ending today, which always spans 53 Monday-first week columns. */
export const HEATMAP_DAYS = 365;
export const HEATMAP_WEEKS = 53;
/** Days looked back for the streak, so a streak longer than the chart is still counted. */
const STREAK_HORIZON_DAYS = 3650;
/** Columns a month label needs. */
const LABEL_WEEKS = 3;

export interface HeatmapCell {
	/** study-day index */
	day: number;
	/** local date the study day begins on, "YYYY-MM-DD" */
	date: string;
	count: number;
	/** colour step: 0 none, 1–4 up to a quarter, half, three quarters, all of the busiest day */
	level: 0 | 1 | 2 | 3 | 4;
	/** column, 0 (oldest) … 52 (this week) */
	week: number;
	/** row, 0 Monday … 6 Sunday */
	weekday: number;
}

export interface HeatmapMonth {
	year: number;
	/** 1–12 */
	month: number;
	/** column the label sits over: the first week that starts inside the month */
	week: number;
	/** false when the next label would be too close to read */
	showLabel: boolean;
	/** answers in the part of the month inside the chart */
	total: number;
}

export interface Heatmap {
	/** study-day index of today */
	today: number;
	/** one per day, oldest first; the last is today */
	cells: HeatmapCell[];
	weeks: number;
	months: HeatmapMonth[];
	/** answers on the busiest day, which sets the colour scale */
	max: number;
	/** answers in the chart's year */
	total: number;
	/** days in the chart's year with at least one answer */
	activeDays: number;
	reviewsToday: number;
	/** consecutive study days with answers, ending today (or yesterday, if today has none yet) */
	streak: number;
	/** longest run of consecutive study days with answers in the last ten years */
	longestStreak: number;
	busiest: { date: string; count: number } | null;
}

function levelOf(count: number, max: number): HeatmapCell['level'] {
	if (count === 0) return 0;
	return Math.min(4, Math.ceil((count * 4) / max)) as HeatmapCell['level'];
}

function streaks(counts: Uint32Array): { streak: number; longestStreak: number } {
	const last = counts.length - 1;
	let i = counts[last] ? last : last - 1;
	let streak = 0;
	while (i >= 0 && counts[i]) {
		streak += 1;
		i -= 1;
	}
	let longestStreak = 0;
	let run = 0;
	for (const count of counts) {
		run = count ? run + 1 : 0;
		if (run > longestStreak) longestStreak = run;
	}
	return { streak, longestStreak };
}

function monthsOf(cells: readonly HeatmapCell[]): HeatmapMonth[] {
	const months: HeatmapMonth[] = [];
	let current: HeatmapMonth | undefined;
	for (const cell of cells) {
		const year = Number(cell.date.slice(0, 4));
		const month = Number(cell.date.slice(5, 7));
		if (current?.month !== month || current.year !== year) {
			// A month starting mid-week shares that column with the one before; label the next column.
			const week = current && cell.weekday > 0 ? cell.week + 1 : cell.week;
			current = { year, month, week, showLabel: true, total: 0 };
			months.push(current);
		}
		current.total += cell.count;
	}
	// Labels are about three columns wide: hide one that would overrun the right edge or the next label.
	let nextShown = HEATMAP_WEEKS;
	for (let i = months.length - 1; i >= 0; i--) {
		const month = months[i];
		if (!month) continue;
		month.showLabel = nextShown - month.week >= LABEL_WEEKS;
		if (month.showLabel) nextShown = month.week;
	}
	return months;
}

/**
 * Answers per study day over the last year, laid out as a 53×7 calendar, with streaks.
 * One pass over `reviewedAt` (epoch ms) with a study-day shift computed once; answers in the future
 * (a clock set wrong) are ignored.
 */
export function heatmap(
	reviewedAt: ArrayLike<number>,
	now: number,
	rolloverHour: number,
	utcOffsetMinutes: number
): Heatmap {
	const shift = studyDayShift(rolloverHour, utcOffsetMinutes);
	const today = dayOf(now, shift);
	const horizon = new Uint32Array(STREAK_HORIZON_DAYS);
	const first = today - STREAK_HORIZON_DAYS + 1;
	for (let i = 0, n = reviewedAt.length; i < n; i++) {
		const index = dayOf(reviewedAt[i] ?? NaN, shift) - first;
		if (index >= 0 && index < STREAK_HORIZON_DAYS) horizon[index] = (horizon[index] ?? 0) + 1;
	}
	const counts = horizon.subarray(STREAK_HORIZON_DAYS - HEATMAP_DAYS);
	let max = 0;
	let total = 0;
	let activeDays = 0;
	let busiestIndex = -1;
	counts.forEach((count, i) => {
		total += count;
		if (count > 0) activeDays += 1;
		if (count > max) {
			max = count;
			busiestIndex = i;
		}
	});
	const lastWeekStart = weekStartOf(today);
	const cells = Array.from(counts, (count, i): HeatmapCell => {
		const day = today - HEATMAP_DAYS + 1 + i;
		return {
			day,
			date: studyDayDate(day),
			count,
			level: levelOf(count, max),
			week: HEATMAP_WEEKS - 1 - (lastWeekStart - weekStartOf(day)) / 7,
			weekday: weekdayOf(day)
		};
	});
	const busiestCell = cells[busiestIndex];
	return {
		today,
		cells,
		weeks: HEATMAP_WEEKS,
		months: monthsOf(cells),
		max,
		total,
		activeDays,
		reviewsToday: counts[HEATMAP_DAYS - 1] ?? 0,
		...streaks(horizon),
		busiest: busiestCell ? { date: busiestCell.date, count: busiestCell.count } : null
	};
}
