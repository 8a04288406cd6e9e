import { describe, expect, it } from 'vitest';
import { FORECAST_DAYS, forecast } from './forecast';
import { BEIJING, DAY, HOUR, aStatsCard, beijing } from './test-factories';

// Wednesday 12 March 2025, 10:00 in Beijing.
const NOW = beijing(2025, 3, 12, 10);
const run = (cards: Parameters<typeof forecast>[0]) => forecast(cards, NOW, 4, BEIJING);

describe('forecast', () => {
	it('puts overdue cards and cards due later today on day 0', () => {
		const result = run([
			aStatsCard('a:recall', NOW - 5 * DAY),
			aStatsCard('b:recall', NOW + 10 * HOUR),
			aStatsCard('c:recall', beijing(2025, 3, 13, 3, 59))
		]);
		expect(result.due[0]).toBe(3);
		expect(result.overdue).toBe(1);
		expect(result.due).toHaveLength(FORECAST_DAYS);
		expect(result.dates[0]).toBe('2025-03-12');
	});

	it('splits days at the rollover hour', () => {
		const result = run([
			aStatsCard('a:recall', beijing(2025, 3, 13, 4)),
			aStatsCard('b:recall', NOW + 29 * DAY)
		]);
		expect(result.due[1]).toBe(1);
		expect(result.due[29]).toBe(1);
		expect(result.total).toBe(2);
	});

	it('leaves out new, suspended and far-off cards but counts learning ones', () => {
		const result = run([
			aStatsCard('new:recall', NOW, { state: 0 }),
			aStatsCard('suspended:recall', NOW, { suspended: 1 }),
			aStatsCard('later:recall', NOW + 40 * DAY),
			aStatsCard('learning:recall', NOW + 10 * 60_000, { state: 1 }),
			aStatsCard('relearning:recall', NOW + DAY, { state: 3 })
		]);
		expect(result.total).toBe(2);
		expect(result.due.slice(0, 2)).toEqual([1, 1]);
	});

	it('can look further ahead', () => {
		expect(forecast([], NOW, 4, BEIJING, 7).due).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});
});
