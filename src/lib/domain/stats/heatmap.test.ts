import { describe, expect, it } from 'vitest';
import { studyDayIndex } from '../scheduling/study-day';
import { HEATMAP_DAYS, HEATMAP_WEEKS, heatmap } from './heatmap';
import { BEIJING, DAY, beijing } from './test-factories';

// Wednesday 12 March 2025, 10:00 in Beijing.
const NOW = beijing(2025, 3, 12, 10);
const at = (daysAgo: number, hour = 12) => beijing(2025, 3, 12 - daysAgo, hour);
const run = (times: number[]) => heatmap(Float64Array.from(times), NOW, 4, BEIJING);

describe('heatmap', () => {
	it('counts answers per study day, with 03:30 belonging to the evening before', () => {
		const map = run([at(0, 9), at(0, 3.5), at(1, 20), at(0, 3)]);
		expect(map.reviewsToday).toBe(1);
		expect(map.cells.at(-2)?.count).toBe(3);
		expect(map.total).toBe(4);
		expect(map.activeDays).toBe(2);
	});

	it('lays a year out as 53 Monday-first weeks ending today', () => {
		const map = run([]);
		expect(map.cells).toHaveLength(HEATMAP_DAYS);
		expect(map.weeks).toBe(HEATMAP_WEEKS);
		const today = map.cells.at(-1);
		expect(today).toMatchObject({ date: '2025-03-12', weekday: 2, week: 52 });
		expect(today?.day).toBe(studyDayIndex(NOW, 4, BEIJING));
		expect(map.cells[0]).toMatchObject({ date: '2024-03-13', week: 0, weekday: 2 });
		const weeks = new Set(map.cells.map((c) => c.week));
		expect(weeks.size).toBe(53);
	});

	it('ignores answers older than a year or in the future for the chart', () => {
		const map = run([NOW - 400 * DAY, NOW + 2 * DAY, at(3)]);
		expect(map.total).toBe(1);
	});

	it('counts a streak through yesterday while today is still empty', () => {
		expect(run([at(1), at(2), at(3), at(5)]).streak).toBe(3);
		expect(run([at(0), at(1), at(2)]).streak).toBe(3);
		expect(run([at(2), at(3)]).streak).toBe(0);
	});

	it('counts streaks longer than the chart and the longest one', () => {
		const times = Array.from({ length: 500 }, (_, i) => NOW - i * DAY);
		const map = run([...times, NOW - 600 * DAY, NOW - 601 * DAY]);
		expect(map.streak).toBe(500);
		expect(map.longestStreak).toBe(500);
		expect(map.activeDays).toBe(365);
	});

	it('names the busiest day and scales colour steps to it', () => {
		const map = run([at(0), at(0), at(0), at(0), at(0), at(0), at(0), at(0), at(4), at(4), at(9)]);
		expect(map.busiest).toEqual({ date: '2025-03-12', count: 8 });
		expect(map.max).toBe(8);
		expect(map.cells.at(-1)?.level).toBe(4);
		expect(map.cells.at(-5)?.level).toBe(1);
		expect(map.cells.at(-2)?.level).toBe(0);
		expect(run([]).busiest).toBeNull();
	});

	it('labels months at the first week that starts inside them, with totals', () => {
		const map = run([beijing(2025, 3, 3, 9), beijing(2025, 2, 14, 9), beijing(2025, 2, 15, 9)]);
		const march = map.months.at(-1);
		// Its label would start two columns from the right edge, too close to fit.
		expect(march).toMatchObject({ year: 2025, month: 3, total: 1, showLabel: false });
		expect(map.months.at(-2)).toMatchObject({ month: 2, total: 2, showLabel: true });
		// 3 March 2025 is a Monday, the first in March.
		const monday = map.cells.find((c) => c.date === '2025-03-03');
		expect(march?.week).toBe(monday?.week);
		expect(map.months[0]).toMatchObject({ year: 2024, month: 3 });
		expect(map.months.reduce((sum, m) => sum + m.total, 0)).toBe(map.total);
	});

	it('hides a month label that would run off the right edge or into the next one', () => {
		// Wednesday 2 April 2025: April starts on Tuesday, inside the last column.
		const map = heatmap(new Float64Array(), beijing(2025, 4, 2, 10), 4, BEIJING);
		const april = map.months.at(-1);
		expect(april).toMatchObject({ month: 4, week: 53, showLabel: false });
		expect(map.months.at(-2)).toMatchObject({ month: 3, showLabel: true });
		const shown = map.months.filter((m) => m.showLabel).map((m) => m.week);
		for (let i = 1; i < shown.length; i++) expect(shown[i]! - shown[i - 1]!).toBeGreaterThanOrEqual(3);
		expect(shown.at(-1)).toBeLessThanOrEqual(50);
	});
});
