/** Due dates as a teacher picks them: a calendar day in their own time zone. */
const DAY = 86_400_000;

/** The end of a local calendar day ("2026-09-15") as epoch ms, or null for an unreadable date. */
export function endOfLocalDay(date: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return null;
	const end = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999).getTime();
	return Number.isFinite(end) ? end : null;
}

/** A local date a week after `now`, as the date input wants it. */
export function aWeekFrom(now: number): string {
	const d = new Date(now + 7 * DAY);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
