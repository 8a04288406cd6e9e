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

/**
 * Months since 1970-01, so consecutive months differ by one. Plain arithmetic (Hinnant's
 * civil-from-days), not a Date: it runs once per order, a million times per analysis.
 */
export function monthIndex(day: number): number {
	const z = day + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
	return (year - 1970) * 12 + month - 1;
}

/** "2026-03" for a month index. */
export function monthLabel(month: number): string {
	const year = 1970 + Math.floor(month / 12);
	return `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The day number of the first day of a month index (Hinnant's days-from-civil). */
export function monthStartDay(month: number): number {
	const m = (month % 12) + 1;
	const y = 1970 + Math.floor(month / 12) - (m <= 2 ? 1 : 0);
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146_097 + doe - 719_468;
}
