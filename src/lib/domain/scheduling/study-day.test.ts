import { describe, expect, it } from 'vitest';
import { endOfStudyDay, localUtcOffsetMinutes, studyDayIndex, studyDayStart } from './study-day';
import { BEIJING, DAY, beijing } from './test-factories';

const NEW_YORK_WINTER = -300;

describe('studyDayStart', () => {
	it('4 a.m. rollover: a review at 03:30 counts for the previous day', () => {
		expect(studyDayStart(beijing(2025, 3, 11, 3, 30), 4, BEIJING)).toBe(beijing(2025, 3, 10, 4));
	});

	it('03:59 is still the old day and 04:00 is the new one', () => {
		expect(studyDayStart(beijing(2025, 3, 11, 3, 59), 4, BEIJING)).toBe(beijing(2025, 3, 10, 4));
		expect(studyDayStart(beijing(2025, 3, 11, 4, 0), 4, BEIJING)).toBe(beijing(2025, 3, 11, 4));
		expect(studyDayStart(beijing(2025, 3, 11, 3, 59) + 59_999, 4, BEIJING)).toBe(beijing(2025, 3, 10, 4));
	});

	it('a session just before midnight belongs to the day that began that morning', () => {
		expect(studyDayStart(beijing(2025, 3, 10, 23, 50), 4, BEIJING)).toBe(beijing(2025, 3, 10, 4));
	});

	it('uses local time, not UTC: 03:30 in New York is a different instant from 03:30 in Beijing', () => {
		const newYork0330 = Date.UTC(2025, 0, 15, 8, 30);
		expect(studyDayStart(newYork0330, 4, NEW_YORK_WINTER)).toBe(Date.UTC(2025, 0, 14, 9));
	});

	it('a midnight rollover makes the study day the calendar day', () => {
		expect(studyDayStart(beijing(2025, 3, 11, 0, 10), 0, BEIJING)).toBe(beijing(2025, 3, 11, 0));
	});
});

describe('studyDayIndex', () => {
	it('counts 03:30 with the previous evening and 04:00 as the next day', () => {
		const evening = studyDayIndex(beijing(2025, 3, 10, 21), 4, BEIJING);
		expect(studyDayIndex(beijing(2025, 3, 11, 3, 30), 4, BEIJING)).toBe(evening);
		expect(studyDayIndex(beijing(2025, 3, 11, 4), 4, BEIJING)).toBe(evening + 1);
	});

	it('is a whole number that goes up by one per day', () => {
		const today = studyDayIndex(beijing(2025, 3, 11, 12), 4, BEIJING);
		expect(Number.isInteger(today)).toBe(true);
		expect(studyDayIndex(beijing(2025, 3, 11, 12) + 7 * DAY, 4, BEIJING)).toBe(today + 7);
	});
});

describe('endOfStudyDay', () => {
	it('is the next 4 a.m.', () => {
		expect(endOfStudyDay(beijing(2025, 3, 10, 9), 4, BEIJING)).toBe(beijing(2025, 3, 11, 4));
		expect(endOfStudyDay(beijing(2025, 3, 11, 3, 59), 4, BEIJING)).toBe(beijing(2025, 3, 11, 4));
		expect(endOfStudyDay(beijing(2025, 3, 11, 4), 4, BEIJING)).toBe(beijing(2025, 3, 12, 4));
	});
});

describe('without an explicit offset', () => {
	it("uses the runtime's own time zone", () => {
		const now = beijing(2025, 3, 11, 12);
		const offset = localUtcOffsetMinutes(now);
		expect(offset).toBe(-new Date(now).getTimezoneOffset() || 0);
		expect(studyDayStart(now, 4)).toBe(studyDayStart(now, 4, offset));
		expect(studyDayIndex(now, 4)).toBe(studyDayIndex(now, 4, offset));
	});

	it('starts the day at 4 a.m. on the local clock', () => {
		const start = new Date(studyDayStart(beijing(2025, 3, 11, 12), 4));
		expect([start.getHours(), start.getMinutes()]).toEqual([4, 0]);
	});
});
