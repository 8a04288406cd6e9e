import { describe, expect, it } from 'vitest';
import { CHURN_WARNING, returnChance, ruleMatches, RuleError, simulateRule } from './automation';
import { rfmValues } from './rfm';
import { orderColumns } from './test-factories';

const TODAY = 200;
// Last orders 10, 45, 120 and 45 days ago; the last customer bought only once; one never bought.
const orders = orderColumns([
	[
		{ day: 100, amount: 100 },
		{ day: 190, amount: 100 }
	],
	[
		{ day: 100, amount: 200 },
		{ day: 155, amount: 200 }
	],
	[
		{ day: 50, amount: 80 },
		{ day: 80, amount: 80 }
	],
	[{ day: 155, amount: 300 }],
	[]
]);
const values = rfmValues(orders, TODAY);
const tenure = Int32Array.from([120, 120, 150, 60, 30]);

describe('automation rules', () => {
	it('targets 流失预警客户: twice or more, quiet for 30 to 90 days', () => {
		expect([0, 1, 2, 3, 4].map((i) => ruleMatches(CHURN_WARNING, values, i))).toEqual([
			false,
			true,
			false,
			false,
			false
		]);
		const anyone = { inactiveDays: 30, maxInactiveDays: null, minOrders: 1, coupon: 50 };
		expect([0, 1, 2, 3, 4].map((i) => ruleMatches(anyone, values, i))).toEqual([
			false,
			true,
			true,
			true,
			false
		]);
	});

	it('simulates a 30-day outcome from the response model', () => {
		const out = simulateRule(CHURN_WARNING, values, tenure, 0.3);
		const chance = returnChance(2 / 4, 45, 50);
		expect(out.targeted).toBe(1);
		expect(out.retentionBefore).toBeCloseTo(chance.before);
		expect(out.retentionAfter).toBeCloseTo(chance.after);
		expect(out.retentionAfter).toBeGreaterThan(out.retentionBefore);
		expect(out.extraRevenue).toBe(Math.round((chance.after - chance.before) * 200));
		expect(out.couponCost).toBe(Math.round(chance.after * 50));
		// Judged on margin after coupons: 30 % of the extra revenue, minus every coupon redeemed.
		expect(out.extraMargin).toBe(Math.round((chance.after - chance.before) * 200 * 0.3));
		expect(out.profit).toBe(Math.round((chance.after - chance.before) * 200 * 0.3 - chance.after * 50));
	});

	it('can lose money on margin while revenue minus coupons looks positive', () => {
		// Only 30 % of the extra revenue is profit, so the verdict is stricter than revenue − coupons.
		const basket = {
			recency: Int32Array.from([45]),
			frequency: Int32Array.from([2]),
			monetary: Float64Array.from([200])
		};
		const out = simulateRule(CHURN_WARNING, basket, Int32Array.from([120]), 0.3);
		expect(out.extraRevenue - out.couponCost).toBeGreaterThan(out.profit);
		expect(() => simulateRule(CHURN_WARNING, basket, Int32Array.from([120]), 30)).toThrow(RuleError);
	});

	it('gives no lift without a coupon, and rejects bad rules', () => {
		const c = returnChance(1, 40, 0);
		expect(c.after).toBe(c.before);
		expect(() => simulateRule({ ...CHURN_WARNING, maxInactiveDays: 20 }, values, tenure, 0.3)).toThrow(
			RuleError
		);
		expect(() => simulateRule({ ...CHURN_WARNING, coupon: -5 }, values, tenure, 0.3)).toThrow(/coupon/);
	});
});
