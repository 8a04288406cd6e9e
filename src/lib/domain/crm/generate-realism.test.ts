import { describe, expect, it } from 'vitest';
import { analysisReport, customerMetrics, DEFAULT_ANALYSIS } from './analysis';
import { generateDataset } from './generate';
import { retentionCohorts } from './retention';

const TODAY = 20_788; // 2026-12-01

describe('generated data looks like a real shop', () => {
	it('does not taper toward today: the last two weeks order as much as the two before', () => {
		for (const seed of [2026, 21]) {
			const ds = generateDataset({ seed, customers: 20_000, today: TODAY });
			let recent = 0;
			let before = 0;
			for (const d of ds.orders.day) {
				if (d > TODAY - 14) recent += 1;
				else if (d > TODAY - 28) before += 1;
			}
			expect(recent / before).toBeGreaterThan(0.92);
		}
	});

	it('keeps the last complete month’s retention in line with older cohorts at the same age', () => {
		const ds = generateDataset({ seed: 2026, customers: 20_000, today: TODAY });
		// A 30-day window is the strictest reading: a taper toward today shows at once.
		const cohorts = retentionCohorts(ds.customers.joinDay, ds.orders, TODAY, 30);
		for (const [c, cohort] of cohorts.entries()) {
			const k = cohort.rates.findLastIndex((r) => r !== null);
			// The same age in older cohorts, where that month was not the last one.
			const older = cohorts.slice(0, c).map((o) => o.rates[k] ?? null);
			const known = older.filter((r): r is number => r !== null);
			if (k < 1 || known.length < 3) continue;
			const mean = known.reduce((s, r) => s + r, 0) / known.length;
			expect(Math.abs((cohort.rates[k] ?? 0) - mean)).toBeLessThan(0.05);
		}
	});

	it('lands channel LTV/CAC between about 1 and 8, with one channel below 1 and one above 3', () => {
		for (const seed of [2026, 21, 7]) {
			const ds = generateDataset({ seed, customers: 5000, today: TODAY });
			const metrics = customerMetrics(ds, DEFAULT_ANALYSIS);
			const ratios = analysisReport(ds, metrics).channels.map((c) => c.ratio ?? 0);
			expect(Math.max(...ratios)).toBeLessThan(8);
			expect(ratios.filter((r) => r < 1)).toHaveLength(1);
			expect(ratios.some((r) => r > 3)).toBe(true);
		}
	});
});
