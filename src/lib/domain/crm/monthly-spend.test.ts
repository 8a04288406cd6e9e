import { describe, expect, it } from 'vitest';
import { monthlySpend } from './monthly-spend';

describe('monthlySpend', () => {
	it('sums orders per month and names the months', () => {
		// 2026-01-05 and 2026-01-20 in January, 2026-03-02 in March; the window is Jan–Mar 2026.
		const orders = [
			{ day: 20458, amount: 10.5, items: 1 },
			{ day: 20473, amount: 20, items: 2 },
			{ day: 20514, amount: 5, items: 1 }
		];
		const out = monthlySpend(orders, 2026 * 12 + 2 - 1970 * 12, 3);
		expect(out.values).toEqual([30.5, 0, 5]);
		expect(out.labels).toEqual(['2026-01', '2026-02', '2026-03']);
		expect(out.ticks.map((t) => t.index)).toEqual([0, 1, 2]);
	});
});
