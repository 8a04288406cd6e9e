/*
 * Study-day arithmetic without a Date per timestamp: studyDayIndex (scheduling/study-day.ts) is
 * floor((t + shift) / DAY), so the shift is computed once and each answer costs one add and one floor.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** ms to add to an epoch time before dividing by a day, so the quotient is its study-day index. */
export function studyDayShift(rolloverHour: number, utcOffsetMinutes: number): number {
	return utcOffsetMinutes * 60_000 - rolloverHour * HOUR_MS;
}

/** The study-day index of `at` (epoch ms), equal to studyDayIndex(at, rolloverHour, offset). */
export function dayOf(at: number, shift: number): number {
	return Math.floor((at + shift) / DAY_MS);
}

/** The local calendar date, "YYYY-MM-DD", on which study day `day` begins. */
export function studyDayDate(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 Monday … 6 Sunday, for study day `day` (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

/** The study day on which the Monday-first week containing `day` begins. */
export function weekStartOf(day: number): number {
	return day - weekdayOf(day);
}
