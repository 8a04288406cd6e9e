import { describe, expect, it } from 'vitest';
import { compareMembership, ltvVariants, ratioStanding } from './ltv-variants';

const GYM = { revenuePerYear: 5000, years: 3, cac: 3000, serviceCostPerYear: 500 };

describe('ltvVariants: the gym, 5000 元 a year for 3 years, CAC 3000, service 500 a year', () => {
	it('reads LTV as the article does: 15,000 元 of revenue, LTV/CAC 5.0', () => {
		const v = ltvVariants(GYM);
		expect(v.revenueLtv).toBe(15000);
		expect(v.revenueRatio).toBe(5);
	});

	it('reads it after the cost to serve: 13,500 元, LTV/CAC 4.5, and 10,500 元 after acquisition', () => {
		const v = ltvVariants(GYM);
		expect(v.serviceCost).toBe(1500);
		expect(v.marginLtv).toBe(13500);
		expect(v.marginRatio).toBe(4.5);
		expect(v.afterCac).toBe(10500);
		expect(v.discounted).toBeNull();
	});

	it('with 80 % yearly retention and 10 % discounting: 4500 + 3272.73 + 2380.17 = 10,152.9 元', () => {
		// Year 2: 4500 × 0.8 / 1.1 = 3272.73; year 3: 4500 × 0.64 / 1.21 = 2380.17.
		const d = ltvVariants(GYM, { retention: 0.8, discountRate: 0.1 }).discounted;
		expect(d?.rows.map((r) => r.value)).toEqual([4500, 3272.73, 2380.17]);
		expect(d?.ltv).toBe(10152.9);
		expect(d?.ratio).toBe(3.38);
	});

	it('refuses a zero CAC and a retention above 1, naming the field', () => {
		expect(() => ltvVariants({ ...GYM, cac: 0 })).toThrow(
			expect.objectContaining({ field: 'cac', problem: 'zero' })
		);
		expect(() => ltvVariants(GYM, { retention: 80, discountRate: 0.1 })).toThrow(
			expect.objectContaining({ field: 'retention', problem: 'shareAbove1' })
		);
	});
});

describe('ratioStanding', () => {
	it('uses LTV/CAC ≥ 3 as healthy and below 1 as losing', () => {
		expect([5, 3, 2.9, 1, 0.8].map(ratioStanding)).toEqual(['healthy', 'healthy', 'thin', 'thin', 'losing']);
	});
});

describe('compareMembership', () => {
	it('ordinary 1–2 orders × 100 元 a month against a member’s 5–6 × 150 元', () => {
		const c = compareMembership(
			{ ordersPerMonth: 1.5, averageOrder: 100 },
			{ ordersPerMonth: 5.5, averageOrder: 150 }
		);
		expect(c).toEqual({
			ordinaryMonthly: 150,
			memberMonthly: 825,
			ordinaryYearly: 1800,
			memberYearly: 9900,
			multiple: 5.5
		});
	});
});
