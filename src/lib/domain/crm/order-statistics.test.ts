import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectInPlace, valuesAtRanks } from './order-statistics';

const sortedCopy = (xs: readonly number[]) => Float64Array.from(xs).sort();

describe('order statistics', () => {
	it('finds the k-th smallest, ties and all', () => {
		expect(selectInPlace(Float64Array.from([5, 1, 4, 1, 3]), 0)).toBe(1);
		expect(selectInPlace(Float64Array.from([5, 1, 4, 1, 3]), 1)).toBe(1);
		expect(selectInPlace(Float64Array.from([5, 1, 4, 1, 3]), 2)).toBe(3);
		expect(selectInPlace(Float64Array.from([5, 1, 4, 1, 3]), 4)).toBe(5);
		expect(() => selectInPlace(Float64Array.from([1, 2]), 2)).toThrow(RangeError);
	});

	it('agrees with a full sort at every rank asked for', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
				fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
				(xs, picks) => {
					const ranks = [...new Set(picks.map((p) => p % xs.length))].sort((a, b) => a - b);
					const sorted = sortedCopy(xs);
					expect(valuesAtRanks(Float64Array.from(xs), ranks)).toEqual(ranks.map((k) => sorted[k]));
				}
			)
		);
	});
});
