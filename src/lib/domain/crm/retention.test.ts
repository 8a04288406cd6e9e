import { describe, expect, it } from 'vitest';
import { churnSummary, retentionCohorts } from './retention';
import { orderColumns } from './test-factories';

// Day numbers: 2026-01-05 = 20458, 2026-02-10 = 20494, 2026-03-02 = 20514, 2026-03-20 = 20532, 2026-04-02 = 20545.
const JAN = 20458;
const FEB = 20494;
const MAR = 20514;
const MAR_LATE = 20532;
const APRIL = 20545;

describe('retentionCohorts: retained = ordered within the churn window up to the month’s last day', () => {
	it('keeps a customer retained for the window after each order, and counts churn as the rest', () => {
		const joinDay = Int32Array.from([JAN, JAN, JAN, JAN, FEB]);
		const orders = orderColumns([
			// Orders in Jan, Feb, Mar: retained at every month end.
			[
				{ day: JAN, amount: 1 },
				{ day: FEB, amount: 1 },
				{ day: MAR, amount: 1 },
				{ day: MAR_LATE, amount: 1 }
			],
			// Jan 5 then Mar 2, window 30: Jan 31 is within 30 days of Jan 5 (26), Feb 28 is not (54).
			[
				{ day: JAN, amount: 1 },
				{ day: MAR, amount: 1 }
			],
			[{ day: JAN, amount: 1 }],
			[],
			[
				{ day: FEB, amount: 1 },
				{ day: MAR, amount: 1 }
			]
		]);
		// Today is in April, so March is the last complete month.
		const [jan, feb, mar] = retentionCohorts(joinDay, orders, APRIL, 30, 3, 3);
		expect(jan).toEqual({ month: '2026-01', size: 4, rates: [0.75, 0.25, 0.5, null] });
		expect(feb).toEqual({ month: '2026-02', size: 1, rates: [1, 1, null, null] });
		expect(mar).toEqual({ month: '2026-03', size: 0, rates: [0, null, null, null] });
		// With a 90-day window nobody who ordered in January has churned by the end of March.
		const [jan90] = retentionCohorts(joinDay, orders, APRIL, 90, 3, 3);
		expect(jan90?.rates).toEqual([0.75, 0.75, 0.75, null]);
	});

	it('leaves out the month that has only begun', () => {
		const cohorts = retentionCohorts(
			Int32Array.from([MAR]),
			orderColumns([[{ day: MAR, amount: 1 }]]),
			MAR_LATE,
			90,
			2,
			1
		);
		expect(cohorts.map((c) => c.month)).toEqual(['2026-01', '2026-02']);
	});
});

describe('churnSummary', () => {
	it('counts buyers with no order in the window as churned, so retention + churn = 100 %', () => {
		const values = {
			recency: Int32Array.from([10, 89, 90, 200, -1]),
			frequency: Int32Array.from([3, 1, 2, 5, 0]),
			monetary: new Float64Array(5)
		};
		expect(churnSummary(values, 90)).toEqual({ window: 90, buyers: 4, churned: 2, rate: 0.5 });
		expect(churnSummary(values, 180).churned).toBe(1);
	});
});
