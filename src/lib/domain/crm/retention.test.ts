import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex, monthLabel, monthStartDay } from './days';
import { churnSummary, retentionCohorts, type Cohort } from './retention';
import { orderColumns, type OrderSpec } from './test-factories';

/** Straight from the definition: retained at a month end e if some order fell on a day d ≤ e < d + window. */
function referenceCohorts(
	joins: readonly number[],
	orders: readonly (readonly OrderSpec[])[],
	today: number,
	window: number,
	cohorts: number,
	horizon: number
): Cohort[] {
	const last = monthIndex(today) - 1;
	const first = last - cohorts + 1;
	return Array.from({ length: cohorts }, (_, c) => {
		const members = joins.flatMap((join, i) => (monthIndex(join) - first === c ? [i] : []));
		const rates = Array.from({ length: horizon + 1 }, (_, k) => {
			if (first + c + k > last) return null;
			const end = monthStartDay(first + c + k + 1) - 1;
			const kept = members.filter((i) => (orders[i] ?? []).some((o) => o.day <= end && end < o.day + window));
			return members.length > 0 ? kept.length / members.length : 0;
		});
		return { month: monthLabel(first + c), size: members.length, rates };
	});
}

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

	it('equals the definition on random shops, orders in any order', () => {
		const TODAY = 20_788;
		const day = fc.integer({ min: TODAY - 500, max: TODAY });
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						day,
						fc.array(
							day.map((d) => ({ day: d, amount: 1 })),
							{ maxLength: 6 }
						)
					),
					{
						maxLength: 40
					}
				),
				fc.integer({ min: 1, max: 200 }),
				fc.integer({ min: 1, max: 14 }),
				fc.integer({ min: 0, max: 13 }),
				fc.integer({ min: -40, max: 0 }),
				(rows, window, cohorts, horizon, shift) => {
					const joins = rows.map(([join]) => join);
					const orders = rows.map(([, o]) => o);
					const got = retentionCohorts(
						Int32Array.from(joins),
						orderColumns(orders),
						TODAY + shift,
						window,
						cohorts,
						horizon
					);
					expect(got).toEqual(referenceCohorts(joins, orders, TODAY + shift, window, cohorts, horizon));
				}
			),
			{ numRuns: 300 }
		);
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
	// Today is day 1000; the 90-day window and the 30-day period that began on day 970.
	const today = 1000;
	const customers: OrderSpec[][] = [
		[
			{ day: 960, amount: 1 },
			{ day: 995, amount: 1 }
		], // active at the start, still active
		[{ day: 885, amount: 1 }], // active at the start (85 days before), 115 days ago now: lost
		[{ day: 950, amount: 1 }], // active at the start, 50 days ago now
		[{ day: 870, amount: 1 }], // churned before the period began
		[{ day: 990, amount: 1 }], // first bought during the period
		[], // never bought
		[
			{ day: 860, amount: 1 },
			{ day: 980, amount: 1 }
		] // churned, then came back during the period
	];
	const values = {
		recency: Int32Array.from(customers, (o) => (o.length ? today - Math.max(...o.map((x) => x.day)) : -1)),
		frequency: Int32Array.from(customers, (o) => o.length),
		monetary: new Float64Array(customers.length)
	};
	const orders = orderColumns(customers);

	it('is the share of the customers active when the period began who were lost by today', () => {
		expect(churnSummary(values, orders, today, 90, 30)).toEqual({
			window: 90,
			period: 30,
			active: 3,
			lost: 1,
			rate: 1 / 3,
			buyers: 6,
			churned: 2
		});
	});

	it('leaves out customers new in the period and those churned before it, whatever the window', () => {
		// With 180 days nobody has gone a whole window without an order, and everyone who bought before day 970 was active.
		expect(churnSummary(values, orders, today, 180, 30)).toMatchObject({ active: 5, lost: 0, churned: 0 });
		expect(() => churnSummary(values, orders, today, 30, 30)).toThrow(RangeError);
	});
});
