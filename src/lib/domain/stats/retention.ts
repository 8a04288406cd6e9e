import { dayOf, studyDayDate, studyDayShift, weekStartOf } from './calendar';
import { ratio, type Ratio, type ReviewColumns } from './types';

export const RETENTION_WEEKS = 26;
/** Study days in the headline figure. */
export const RECENT_DAYS = 28;
const REVIEW = 2;
const AGAIN = 1;

export interface RetentionWeek extends Ratio {
	/** study-day index of the week's Monday */
	start: number;
	/** local date of that Monday, "YYYY-MM-DD" */
	date: string;
}

export interface Retention {
	/** oldest first; the last is the current (partial) week */
	weeks: RetentionWeek[];
	/** the last 28 study days, today included */
	recent: Ratio;
	/** every week shown */
	overall: Ratio;
}

/**
 * True retention: of answers to cards that were in Review state (not learning), the share not
 * graded Again, per Monday-first week over the last `weeks` weeks. One pass, no allocation per answer.
 */
export function retention(
	reviews: ReviewColumns,
	now: number,
	rolloverHour: number,
	utcOffsetMinutes: number,
	weeks = RETENTION_WEEKS
): Retention {
	const shift = studyDayShift(rolloverHour, utcOffsetMinutes);
	const today = dayOf(now, shift);
	const firstWeek = weekStartOf(today) - (weeks - 1) * 7;
	const recentFrom = today - RECENT_DAYS + 1;
	const passed = new Uint32Array(weeks);
	const total = new Uint32Array(weeks);
	let recentPassed = 0;
	let recentTotal = 0;
	const { reviewedAt, grade, stateBefore } = reviews;
	for (let i = 0, n = reviewedAt.length; i < n; i++) {
		if (stateBefore[i] !== REVIEW) continue;
		const day = dayOf(reviewedAt[i] ?? NaN, shift);
		if (day > today || day < firstWeek) continue;
		const week = Math.floor((day - firstWeek) / 7);
		const ok = (grade[i] ?? AGAIN) > AGAIN ? 1 : 0;
		total[week] = (total[week] ?? 0) + 1;
		passed[week] = (passed[week] ?? 0) + ok;
		if (day >= recentFrom) {
			recentTotal += 1;
			recentPassed += ok;
		}
	}
	let allPassed = 0;
	let allTotal = 0;
	const rows = Array.from(total, (count, i): RetentionWeek => {
		const start = firstWeek + i * 7;
		allPassed += passed[i] ?? 0;
		allTotal += count;
		return { start, date: studyDayDate(start), ...ratio(passed[i] ?? 0, count) };
	});
	return { weeks: rows, recent: ratio(recentPassed, recentTotal), overall: ratio(allPassed, allTotal) };
}
