import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, monthIndex, monthLabel, monthStartDay } from './days';

describe('days', () => {
	it('agrees with Date on the month of every day over decades', () => {
		for (let day = -800; day < 40_000; day += 7) {
			const d = new Date(day * 86_400_000);
			expect(monthIndex(day)).toBe((d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth());
		}
	});

	it('labels days and months', () => {
		expect(isoDay(20_788)).toBe('2026-12-01');
		expect(dayNumber(Date.UTC(2026, 11, 1, 23))).toBe(20_788);
		expect(monthLabel(monthIndex(20_788))).toBe('2026-12');
		expect(monthLabel(monthIndex(20_788 - 1))).toBe('2026-11');
	});
});

describe('monthStartDay', () => {
	it('is the first day of the month, the inverse of monthIndex', () => {
		for (const day of [0, 20458, 20494, 20514, 20545, 11016]) {
			const start = monthStartDay(monthIndex(day));
			expect(monthIndex(start)).toBe(monthIndex(day));
			expect(monthIndex(start - 1)).toBe(monthIndex(day) - 1);
		}
	});
});
