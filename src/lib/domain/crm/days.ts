/** Day numbers (whole days since 1970-01-01 UTC) and the months they fall in. */
const DAY_MS = 86_400_000;

/** The day number of an epoch-ms instant. */
export function dayNumber(epochMs: number): number {
	return Math.floor(epochMs / DAY_MS);
}

/** "2026-03-14" for a day number. */
export function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Months since 1970-01, so consecutive months differ by one. */
export function monthIndex(day: number): number {
	const d = new Date(day * DAY_MS);
	return d.getUTCFullYear() * 12 + d.getUTCMonth() - 1970 * 12;
}

/** "2026-03" for a month index. */
export function monthLabel(month: number): string {
	const year = 1970 + Math.floor(month / 12);
	return `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
}
