import { describe, expect, it } from 'vitest';
import { clvColumn, ClvError, clvSteps, customerClvInputs } from './clv';
import { rfmValues } from './rfm';
import { orderColumns } from './test-factories';

describe('clvSteps', () => {
	it('computes the tea-shop regular: 25 元 × 2 visits a week × 20 % margin × 2 years', () => {
		const steps = clvSteps({ averageOrder: 25, purchasesPerYear: 104, margin: 0.2, years: 2 });
		expect(steps.revenuePerYear).toBe(2600);
		expect(steps.profitPerYear).toBe(520);
		expect(steps.clv).toBe(1040);
	});

	it('rejects negative inputs and margins above 1', () => {
		expect(() => clvSteps({ averageOrder: -1, purchasesPerYear: 1, margin: 0.2, years: 1 })).toThrow(
			ClvError
		);
		expect(() => clvSteps({ averageOrder: 1, purchasesPerYear: 1, margin: 20, years: 1 })).toThrow(
			expect.objectContaining({ problem: 'shareAbove1', field: 'margin' })
		);
	});
});

describe('customer CLV', () => {
	it('takes purchases per year over the tenure, and at least a quarter', () => {
		// Joined on day 0, today is day 364: one year; 4 orders worth 400 元.
		const orders = orderColumns([
			[10, 100, 200, 300].map((day) => ({ day, amount: 100 })),
			[{ day: 360, amount: 50 }]
		]);
		const values = rfmValues(orders, 364);
		const a = { margin: 0.3, years: 3 };
		expect(customerClvInputs(values, 0, 0, 364, a)).toEqual({ averageOrder: 100, purchasesPerYear: 4, ...a });
		// Joined 5 days ago: tenure counts as a quarter year, so 1 order = 4 a year.
		expect(customerClvInputs(values, 1, 360, 364, a).purchasesPerYear).toBe(4);
		expect(Array.from(clvColumn(values, Int32Array.from([0, 360]), 364, a))).toEqual([360, 180]);
	});
});
