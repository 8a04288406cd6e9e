import { describe, expect, it } from 'vitest';
import { studyDayIndex } from '../scheduling/study-day';
import { BEIJING, beijing } from '../scheduling/test-factories';
import { dayOf, studyDayDate, studyDayShift, weekStartOf, weekdayOf } from './calendar';

describe('study-day arithmetic', () => {
	it('agrees with studyDayIndex around the rollover and in other time zones', () => {
		const times = [beijing(2025, 3, 11, 3, 59), beijing(2025, 3, 11, 4), beijing(2025, 12, 31, 23, 59)];
		for (const [hour, offset] of [
			[4, BEIJING],
			[0, -300],
			[23, 345]
		] as const) {
			const shift = studyDayShift(hour, offset);
			for (const t of times) expect(dayOf(t, shift)).toBe(studyDayIndex(t, hour, offset));
		}
	});

	it('names the local date a study day begins on', () => {
		const day = studyDayIndex(beijing(2025, 3, 11, 2), 4, BEIJING);
		expect(studyDayDate(day)).toBe('2025-03-10');
	});

	it('numbers weekdays from Monday', () => {
		const monday = studyDayIndex(beijing(2025, 1, 6, 10), 4, BEIJING);
		expect(weekdayOf(monday)).toBe(0);
		expect(weekdayOf(monday + 6)).toBe(6);
		expect(weekStartOf(monday + 6)).toBe(monday);
		expect(weekdayOf(-1)).toBe(2);
	});
});
