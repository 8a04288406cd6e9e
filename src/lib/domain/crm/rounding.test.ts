import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from './rounding';

describe('roundHalfUp', () => {
	it('equals Math.round bit for bit, signed zeros, ties and extremes included', () => {
		const edges = [
			0,
			-0,
			0.5,
			-0.5,
			1.5,
			-1.5,
			2.5,
			0.49999999999999994,
			-0.49999999999999994,
			2 ** 52 - 0.5
		];
		edges.push(
			2 ** 53,
			-(2 ** 52) + 0.5,
			Infinity,
			-Infinity,
			NaN,
			Number.MIN_VALUE,
			-Number.MIN_VALUE,
			1e308
		);
		for (const x of edges) expect(Object.is(roundHalfUp(x), Math.round(x)), String(x)).toBe(true);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.double(),
					fc.double({ min: -1e4, max: 1e4 }),
					fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 2)
				),
				(x) => {
					expect(Object.is(roundHalfUp(x), Math.round(x))).toBe(true);
					expect(Object.is(roundHalfUp(x * 10), Math.round(x * 10))).toBe(true);
				}
			),
			{ numRuns: 5000 }
		);
	});
});
