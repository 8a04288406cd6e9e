import { describe, expect, it } from 'vitest';
import { retentionCohorts } from './retention';
import { orderColumns } from './test-factories';

// Day numbers: 2026-01-05 = 20458, 2026-02-10 = 20494, 2026-03-02 = 20514, 2026-03-20 = 20532, 2026-04-02 = 20545.
const JAN = 20458;
const FEB = 20494;
const MAR = 20514;
const MAR_LATE = 20532;
const APRIL = 20545;

describe('retentionCohorts', () => {
	it('counts each customer once per month after joining', () => {
		const joinDay = Int32Array.from([JAN, JAN, JAN, JAN, FEB]);
		const orders = orderColumns([
			[
				{ day: JAN, amount: 1 },
				{ day: FEB, amount: 1 },
				{ day: MAR, amount: 1 },
				{ day: MAR_LATE, amount: 1 }
			],
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
		const [jan, feb, mar] = retentionCohorts(joinDay, orders, APRIL, 3, 3);
		expect(jan).toEqual({ month: '2026-01', size: 4, rates: [0.75, 0.25, 0.5, null] });
		expect(feb).toEqual({ month: '2026-02', size: 1, rates: [1, 1, null, null] });
		expect(mar).toEqual({ month: '2026-03', size: 0, rates: [0, null, null, null] });
	});

	it('leaves out the month that has only begun', () => {
		const cohorts = retentionCohorts(
			Int32Array.from([MAR]),
			orderColumns([[{ day: MAR, amount: 1 }]]),
			MAR_LATE,
			2,
			1
		);
		expect(cohorts.map((c) => c.month)).toEqual(['2026-01', '2026-02']);
	});
});
