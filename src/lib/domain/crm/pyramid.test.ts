import { describe, expect, it } from 'vitest';
import { pyramidByTier, topShare } from './pyramid';

describe('pyramid', () => {
	it('sums revenue per tier', () => {
		const tiers = Uint8Array.from([0, 0, 0, 1, 3]);
		const m = Float64Array.from([10, 10, 20, 60, 100]);
		const levels = pyramidByTier(tiers, m);
		expect(levels.map((l) => l.customers)).toEqual([3, 1, 0, 1]);
		expect(levels.map((l) => l.revenueShare)).toEqual([0.2, 0.3, 0, 0.5]);
		expect(levels[3]?.customerShare).toBe(0.2);
	});

	it('finds the share of the top fraction', () => {
		const m = Float64Array.from([50, 10, 10, 10, 10, 5, 5, 0, 0, 0]);
		expect(topShare(m, 0.1)).toBe(0.5);
		expect(topShare(m, 0.2)).toBe(0.6);
		expect(() => topShare(m, 0)).toThrow(RangeError);
	});
});
