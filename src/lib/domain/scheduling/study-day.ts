/*
 * A study day runs from the rollover hour (default 4 a.m.) local time to the same hour the next day,
 * so a late-night session still counts for the evening it started in.
 *
 * Local time is an explicit `utcOffsetMinutes` (minutes local time is ahead of UTC: Beijing +480,
 * New York −300 in winter), the opposite sign of Date#getTimezoneOffset. When omitted it is read from
 * the runtime at `now`. Tests pass it explicitly, because changing process.env.TZ at runtime is
 * process-wide and unreliable across Vitest workers. On a daylight-saving change day the boundary
 * can be an hour off, which only moves when that one day ends.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The runtime's offset from UTC at `now` (epoch ms), in minutes ahead of UTC. */
export function localUtcOffsetMinutes(now: number): number {
	// getTimezoneOffset is UTC − local; negating gives local − UTC. `|| 0` turns −0 into 0.
	return -new Date(now).getTimezoneOffset() || 0;
}

/** Whole study days since the one that began at the rollover hour on 1970-01-01 local time. */
export function studyDayIndex(now: number, rolloverHour: number, utcOffsetMinutes?: number): number {
	const offset = utcOffsetMinutes ?? localUtcOffsetMinutes(now);
	return Math.floor((now + offset * 60_000 - rolloverHour * HOUR) / DAY);
}

/** Epoch ms at which the study day containing `now` (epoch ms) began. */
export function studyDayStart(now: number, rolloverHour: number, utcOffsetMinutes?: number): number {
	const offset = utcOffsetMinutes ?? localUtcOffsetMinutes(now);
	return studyDayIndex(now, rolloverHour, offset) * DAY + rolloverHour * HOUR - offset * 60_000;
}

/** Epoch ms at which the study day containing `now` (epoch ms) ends (exclusive: the next day's start). */
export function endOfStudyDay(now: number, rolloverHour: number, utcOffsetMinutes?: number): number {
	return studyDayStart(now, rolloverHour, utcOffsetMinutes) + DAY;
}
