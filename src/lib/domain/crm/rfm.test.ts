import { describe, expect, it } from 'vitest';
import { quintileScores, rfmScores, rfmValues, RfmError, thresholdScore } from './rfm';
import { generateDataset } from './generate';
import { fingerprint, orderColumns } from './test-factories';

const TODAY = 100;

describe('rfmValues', () => {
	it('takes R from the last order, F from the count and M from the sum', () => {
		const orders = orderColumns([
			[
				{ day: 10, amount: 100 },
				{ day: 90, amount: 50.5 }
			],
			[],
			[{ day: 100, amount: 20 }]
		]);
		const v = rfmValues(orders, TODAY);
		expect(Array.from(v.recency)).toEqual([10, -1, 0]);
		expect(Array.from(v.frequency)).toEqual([2, 0, 1]);
		expect(Array.from(v.monetary)).toEqual([150.5, 0, 20]);
	});

	it('takes M from the spend the generator kept, the very sums adding up the rows gives', () => {
		const { orders } = generateDataset({ seed: 8, customers: 2000, today: 20_788 });
		expect(orders.spend).toHaveLength(2000);
		const kept = rfmValues(orders, 20_788);
		const added = rfmValues({ ...orders, spend: undefined }, 20_788);
		expect(fingerprint([kept.recency, kept.frequency, kept.monetary])).toBe(
			fingerprint([added.recency, added.frequency, added.monetary])
		);
		// And it is read: other kept sums give other values.
		const doubled = rfmValues({ ...orders, spend: orders.spend?.map((x) => 2 * x) }, 20_788);
		const buyer = added.frequency.findIndex((f) => f > 0);
		expect(doubled.monetary[buyer]).toBeCloseTo(2 * (added.monetary[buyer] ?? 0), 1);
		expect(added.monetary[buyer]).toBeGreaterThan(0);
	});
});

describe('quintileScores', () => {
	it('gives five buyers five scores, and skips non-buyers', () => {
		const f = Int32Array.from([1, 1, 1, 1, 1, 0]);
		expect(Array.from(quintileScores([10, 50, 30, 20, 40, 0], f, false))).toEqual([1, 5, 3, 2, 4, 0]);
		// Recency: fewer days is better.
		expect(Array.from(quintileScores([10, 50, 30, 20, 40, 0], f, true))).toEqual([5, 1, 3, 4, 2, 0]);
	});

	it('gives equal values the same score', () => {
		const f = Int32Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
		// Values 1,1,1,1,2,2,3,4,5,6: the four 1s beat nobody; the two 2s beat four of ten.
		const scores = quintileScores([1, 1, 1, 1, 2, 2, 3, 4, 5, 6], f, false);
		expect(Array.from(scores)).toEqual([1, 1, 1, 1, 3, 3, 4, 4, 5, 5]);
		const r = quintileScores([5, 5, 5, 5, 9, 9, 20, 30, 40, 50], f, true);
		expect(Array.from(r)).toEqual([4, 4, 4, 4, 3, 3, 2, 2, 1, 1]);
	});
});

describe('thresholds', () => {
	it('scores against four cuts', () => {
		const days = [30, 60, 90, 180];
		expect(thresholdScore(5, days, true)).toBe(5);
		expect(thresholdScore(30, days, true)).toBe(4);
		expect(thresholdScore(200, days, true)).toBe(1);
		expect(thresholdScore(1, [2, 3, 5, 10], false)).toBe(1);
		expect(thresholdScore(12, [2, 3, 5, 10], false)).toBe(5);
	});

	it('rejects cuts that are not four increasing numbers', () => {
		const values = rfmValues(orderColumns([[{ day: 1, amount: 1 }]]), TODAY);
		const mode = {
			kind: 'thresholds',
			recency: [30, 20, 90, 180],
			frequency: [2, 3, 5, 10],
			monetary: [1, 2, 3, 4]
		} as const;
		expect(() => rfmScores(values, mode)).toThrow(RfmError);
		const ok = rfmScores(values, { ...mode, recency: [30, 60, 90, 180] });
		// R = 99 days passes three day cuts; M = 1 元 passes the first money cut.
		expect([ok.r[0], ok.f[0], ok.m[0]]).toEqual([2, 1, 2]);
	});
});
