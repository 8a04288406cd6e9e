import { describe, expect, it } from 'vitest';
import { customerMetrics, DEFAULT_ANALYSIS } from './analysis';
import { ALL_CUSTOMERS, queryCustomers } from './customer-query';
import { generateDataset } from './generate';
import { customerName } from './names';

const ds = generateDataset({ seed: 13, customers: 600, today: 20_788 });
const m = customerMetrics(ds, DEFAULT_ANALYSIS);

describe('queryCustomers', () => {
	it('sorts by spend, biggest first, and filters by tier and segment', () => {
		const all = queryCustomers(ds.customers, m, ALL_CUSTOMERS);
		expect(all).toHaveLength(600);
		const spend = Array.from(all, (i) => m.values.monetary[i] ?? 0);
		expect(spend).toEqual([...spend].sort((a, b) => b - a));
		const platinum = queryCustomers(ds.customers, m, { ...ALL_CUSTOMERS, tier: 3, segment: 0 });
		expect(platinum.length).toBe(
			Array.from({ length: 600 }, (_, i) => i).filter(
				(i) => ds.customers.tier[i] === 3 && m.segments[i] === 0
			).length
		);
	});

	it('finds customers by part of the name or by number, and never-buyers sort last by recency', () => {
		const name = customerName(ds.customers, 5);
		expect(Array.from(queryCustomers(ds.customers, m, { ...ALL_CUSTOMERS, search: name }))).toContain(5);
		expect(Array.from(queryCustomers(ds.customers, m, { ...ALL_CUSTOMERS, search: 'c000010' }))).toEqual([9]);
		const byRecency = queryCustomers(ds.customers, m, {
			...ALL_CUSTOMERS,
			sort: 'recency',
			descending: false
		});
		const last = byRecency[byRecency.length - 1] ?? 0;
		expect(m.values.frequency[last]).toBe(0);
		expect(m.values.frequency[byRecency[0] ?? 0]).toBeGreaterThan(0);
	});
});

describe('the churn filter', () => {
	it('keeps buyers whose last order is at least the window ago, or those within it', () => {
		const churned = queryCustomers(ds.customers, m, { ...ALL_CUSTOMERS, status: 1 }, 90);
		const active = queryCustomers(ds.customers, m, { ...ALL_CUSTOMERS, status: 0 }, 90);
		for (const i of churned) expect(m.values.recency[i]).toBeGreaterThanOrEqual(90);
		for (const i of active) expect(m.values.recency[i]).toBeLessThan(90);
		const buyers = m.values.frequency.filter((f) => f > 0).length;
		expect(churned.length + active.length).toBe(buyers);
	});
});
