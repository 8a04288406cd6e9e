import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	nonNegativeValuesAtRanks,
	selectInPlace,
	sortedNonNegative,
	valuesAtRanks
} from './order-statistics';

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

describe('nonNegativeValuesAtRanks', () => {
	const money = fc.oneof(
		fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
		fc.constantFrom(0, 5, 19.9, 20, 1e-300, 2 ** -1074)
	);

	it('agrees with a full sort of the kept values at every rank asked for', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(money, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 400 }),
				fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
				(rows, picks) => {
					const kept = rows.filter(([, f]) => f > 0).map(([x]) => x);
					if (kept.length === 0) return;
					const ranks = [...new Set(picks.map((p) => p % kept.length))].sort((a, b) => a - b);
					const sorted = sortedCopy(kept);
					const values = Float64Array.from(rows, ([x]) => x);
					const keep = Int32Array.from(rows, ([, f]) => f);
					expect(nonNegativeValuesAtRanks(values, keep, kept.length, ranks)).toEqual(
						ranks.map((k) => sorted[k])
					);
				}
			)
		);
	});

	it('declines negative, −0 and non-finite values, which do not sort by their bits', () => {
		const keep = Int32Array.from([1, 1, 1]);
		for (const odd of [-1, -0, Infinity, NaN])
			expect(nonNegativeValuesAtRanks(Float64Array.from([3, odd, 1]), keep, 3, [1])).toBeNull();
		// A value not kept does not count.
		expect(
			nonNegativeValuesAtRanks(Float64Array.from([3, -1, 1]), Int32Array.from([1, 0, 1]), 2, [1])
		).toEqual([3]);
	});
});

describe('sortedNonNegative', () => {
	it('sorts as the native sort does', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom(0, 5, 19.9, 1e-310)),
					{
						maxLength: 500
					}
				),
				(xs) => {
					const values = Float64Array.from(xs.map((x) => (Object.is(x, -0) ? 0 : x)));
					expect(sortedNonNegative(values)).toEqual(Float64Array.from(values).sort());
				}
			)
		);
	});

	it('declines what does not sort by its bits', () => {
		for (const odd of [-2, -0, Infinity, NaN])
			expect(sortedNonNegative(Float64Array.from([1, odd]))).toBeNull();
	});
});
