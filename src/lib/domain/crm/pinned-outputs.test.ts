// Today's generator and analysis outputs at a mid scale, pinned byte for byte, so that a faster
// implementation is proven to give the very same shop, scores, segments, CLV and report.
import { describe, expect, it } from 'vitest';
import {
	analysisReport,
	customerMetrics,
	DEFAULT_ANALYSIS,
	type AnalysisOptions,
	type AnalysisReport
} from './analysis';
import type { Dataset } from './dataset';
import { generateDataset } from './generate';
import { fingerprint, THRESHOLD_MODE } from './test-factories';

const TODAY = 20_788;

function datasetPrint(ds: Dataset): string {
	const { customers: c, orders: o, tickets: t, nps } = ds;
	return fingerprint([
		...[c.surname, c.given, c.city, c.channel, c.tier, c.stage, c.joinDay],
		...[o.orderStart, o.day, o.amount, o.items],
		...[t.customer, t.type, t.channel, t.responseMinutes, t.satisfaction, t.day].map((col) =>
			col.subarray(0, t.count)
		),
		...[nps.customer, nps.score, ds.funnel],
		JSON.stringify([o.count, t.count, nps.count, ds.spend])
	]);
}

/**
 * The report in the shape it was pinned in: churn as buyers churned today out of all buyers. The
 * churn rate over a period, added since, is checked against its definition in retention.test.ts.
 */
function pinnedShape(report: AnalysisReport) {
	const { window, buyers, churned } = report.churn;
	return { ...report, churn: { window, buyers, churned, rate: buyers > 0 ? churned / buyers : 0 } };
}

function analysisPrint(ds: Dataset, options: AnalysisOptions): string[] {
	const m = customerMetrics(ds, options);
	const { values: v, scores: s } = m;
	return [
		fingerprint([v.recency, v.frequency, v.monetary]),
		fingerprint([s.r, s.f, s.m, m.segments, JSON.stringify(m.cuts)]),
		fingerprint([m.clv]),
		fingerprint([JSON.stringify(pinnedShape(analysisReport(ds, m, options)))])
	];
}

const OPTIONS: Record<string, AnalysisOptions> = {
	default: DEFAULT_ANALYSIS,
	mean: { ...DEFAULT_ANALYSIS, convention: 'mean', churnWindow: 60 },
	high3: { ...DEFAULT_ANALYSIS, highFrom: 3, assumptions: { margin: 0.45, years: 2.5 }, churnWindow: 180 },
	thresholds: { ...DEFAULT_ANALYSIS, mode: THRESHOLD_MODE }
};

describe('pinned outputs at 20,000 customers', () => {
	const shops = {
		seed2026: generateDataset({ seed: 2026, customers: 20_000, today: TODAY }),
		seed7: generateDataset({ seed: 7, customers: 20_000, orders: 150_001, today: 20_800 })
	};

	it('generates the same shop for the same seed as before', () => {
		expect(datasetPrint(shops.seed2026)).toBe('f3244c6');
		expect(datasetPrint(shops.seed7)).toBe('ccd9cf53');
	});

	it('gives the same RFM values, scores, segments, CLV and report as before', () => {
		const prints = Object.fromEntries(
			Object.entries(shops).flatMap(([shop, ds]) =>
				Object.entries(OPTIONS).map(([name, options]) => [`${shop} ${name}`, analysisPrint(ds, options)])
			)
		);
		// Pinned from the code before the worker's generator and analysis were rewritten for speed.
		expect(prints).toEqual({
			'seed2026 default': ['3ccd4b54', 'afecbaf9', 'b22d55d', 'da3244ed'],
			'seed2026 mean': ['3ccd4b54', '7a7130d8', 'b22d55d', '3a5ef552'],
			'seed2026 high3': ['3ccd4b54', '8ef38a8c', 'e5f46300', '43309317'],
			'seed2026 thresholds': ['3ccd4b54', '807c4075', 'b22d55d', '297fd5c'],
			'seed7 default': ['8af41a2e', '34f1861b', '622a597a', 'bf813654'],
			'seed7 mean': ['8af41a2e', '9a25d4bf', '622a597a', '1fecf012'],
			'seed7 high3': ['8af41a2e', '99c9d3c0', '974e917a', 'a716f3ac'],
			'seed7 thresholds': ['8af41a2e', 'db77a26f', '622a597a', 'dea636d7']
		});
	});
});
