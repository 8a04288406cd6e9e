// The fast RFM + CLV path (selection instead of sorting, no per-customer objects) against a plain
// reference written straight from the definitions, on random shops with many ties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerMetrics, DEFAULT_ANALYSIS, type AnalysisOptions, type CustomerMetrics } from './analysis';
import { clvSteps, customerClvInputs } from './clv';
import type { Dataset } from './dataset';
import { generateDataset } from './generate';
import { thresholdScore, type RfmValues, type ScoreMode } from './rfm';
import { NO_SEGMENT, segmentIndex } from './segments';
import { orderColumns, type OrderSpec, THRESHOLD_MODE } from './test-factories';

const TODAY = 20_800;

/** Score 1 + ⌊5 × (buyers strictly better) / buyers⌋, counted pair by pair. */
function referenceQuintiles(values: ArrayLike<number>, f: Int32Array, lowerIsBetter: boolean): number[] {
	const buyers = Array.from(f.keys()).filter((i) => (f[i] ?? 0) > 0);
	return Array.from(f, (fi, i) => {
		if (fi === 0) return 0;
		const x = values[i] ?? 0;
		const beaten = buyers.filter((j) => (lowerIsBetter ? (values[j] ?? 0) > x : (values[j] ?? 0) < x)).length;
		return 1 + Math.min(4, Math.floor((5 * beaten) / buyers.length));
	});
}

function referenceValues(ds: Dataset): RfmValues {
	const n = ds.customers.count;
	const orders = Array.from({ length: n }, (_, i) => {
		const rows = [];
		for (let k = ds.orders.orderStart[i] ?? 0; k < (ds.orders.orderStart[i + 1] ?? 0); k++)
			rows.push({ day: ds.orders.day[k] ?? 0, amount: ds.orders.amount[k] ?? 0 });
		return rows;
	});
	return {
		recency: Int32Array.from(orders, (o) => (o.length ? TODAY - Math.max(...o.map((x) => x.day)) : -1)),
		frequency: Int32Array.from(orders, (o) => o.length),
		monetary: Float64Array.from(orders, (o) => Math.round(o.reduce((s, x) => s + x.amount, 0) * 100) / 100)
	};
}

function referenceMetrics(ds: Dataset, options: AnalysisOptions): CustomerMetrics {
	const values = referenceValues(ds);
	const { recency, frequency, monetary } = values;
	const mode: ScoreMode = options.mode;
	const score = (column: ArrayLike<number>, lower: boolean, cuts: readonly number[]) =>
		Uint8Array.from(
			mode.kind === 'quintile'
				? referenceQuintiles(column, frequency, lower)
				: Array.from(frequency, (f, i) => (f === 0 ? 0 : thresholdScore(column[i] ?? 0, cuts, lower)))
		);
	const t = mode.kind === 'thresholds' ? mode : { recency: [], frequency: [], monetary: [] };
	const scores = {
		r: score(recency, true, t.recency),
		f: score(frequency, false, t.frequency),
		m: score(monetary, false, t.monetary)
	};
	const buyers = Array.from(frequency.keys()).filter((i) => (frequency[i] ?? 0) > 0);
	const mean = (c: ArrayLike<number>) =>
		buyers.length ? Math.round((buyers.reduce((s, i) => s + (c[i] ?? 0), 0) / buyers.length) * 100) / 100 : 0;
	const high = options.highFrom;
	const loosest = (
		c: ArrayLike<number>,
		s: Uint8Array,
		pick: (a: number, b: number) => number,
		start: number
	) => buyers.filter((i) => (s[i] ?? 0) >= high).reduce((best, i) => pick(best, c[i] ?? 0), start);
	const byMean = options.convention === 'mean';
	const cuts = byMean
		? {
				convention: 'mean' as const,
				recency: mean(recency),
				frequency: mean(frequency),
				monetary: mean(monetary)
			}
		: {
				convention: 'scores' as const,
				recency: loosest(recency, scores.r, Math.max, -1),
				frequency: loosest(frequency, scores.f, Math.min, Infinity),
				monetary: loosest(monetary, scores.m, Math.min, Infinity)
			};
	const segments = Uint8Array.from(frequency, (f, i) => {
		if (f === 0) return NO_SEGMENT;
		return byMean
			? segmentIndex({
					r: (recency[i] ?? 0) < cuts.recency,
					f: f > cuts.frequency,
					m: (monetary[i] ?? 0) > cuts.monetary
				})
			: segmentIndex({
					r: (scores.r[i] ?? 0) >= high,
					f: (scores.f[i] ?? 0) >= high,
					m: (scores.m[i] ?? 0) >= high
				});
	});
	const clv = Float64Array.from(
		frequency,
		(_, i) =>
			clvSteps(customerClvInputs(values, i, ds.customers.joinDay[i] ?? 0, TODAY, options.assumptions)).clv
	);
	return { values, scores, segments, cuts, clv };
}

/** A shop from hand-made order lists: only what RFM and CLV read is filled in. */
function aShop(perCustomer: readonly (readonly OrderSpec[])[], joinDays: readonly number[]): Dataset {
	const n = perCustomer.length;
	const empty = { count: 0, customer: new Int32Array(0) };
	return {
		seed: 0,
		today: TODAY,
		customers: {
			count: n,
			surname: new Uint8Array(n),
			given: new Uint16Array(n),
			city: new Uint8Array(n),
			channel: new Uint8Array(n),
			tier: new Uint8Array(n),
			stage: new Uint8Array(n),
			joinDay: Int32Array.from(joinDays)
		},
		orders: orderColumns(perCustomer),
		tickets: {
			...empty,
			type: new Uint8Array(0),
			channel: new Uint8Array(0),
			responseMinutes: new Float32Array(0),
			satisfaction: new Uint8Array(0),
			day: new Int32Array(0)
		},
		nps: { ...empty, score: new Uint8Array(0) },
		spend: [],
		funnel: new Uint8Array(0)
	};
}

const OPTIONS: AnalysisOptions[] = [
	DEFAULT_ANALYSIS,
	{ ...DEFAULT_ANALYSIS, highFrom: 2 },
	{ ...DEFAULT_ANALYSIS, highFrom: 5 },
	{ ...DEFAULT_ANALYSIS, convention: 'mean' },
	{ ...DEFAULT_ANALYSIS, assumptions: { margin: 0.45, years: 2.5 } },
	{ ...DEFAULT_ANALYSIS, mode: THRESHOLD_MODE }
];

const order = fc.record({
	day: fc.integer({ min: TODAY - 800, max: TODAY }),
	// Few distinct amounts, so M ties as often as R and F do.
	amount: fc.constantFrom(5, 19.9, 20, 88.8, 120, 300.5)
});
const customer = fc.tuple(fc.array(order, { maxLength: 8 }), fc.integer({ min: TODAY - 900, max: TODAY }));

describe('RFM + CLV fast path', () => {
	it('equals the reference on random shops, for every convention', () => {
		fc.assert(
			fc.property(
				fc.array(customer, { minLength: 1, maxLength: 60 }),
				fc.constantFrom(...OPTIONS),
				(rows, options) => {
					const ds = aShop(
						rows.map(([orders]) => [...orders].sort((a, b) => a.day - b.day)),
						rows.map(([, join]) => join)
					);
					expect(customerMetrics(ds, options)).toEqual(referenceMetrics(ds, options));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('equals the reference on generated shops', () => {
		for (const seed of [1, 7, 2026]) {
			const ds = generateDataset({ seed, customers: 300, today: TODAY });
			for (const options of OPTIONS)
				expect(customerMetrics(ds, options)).toEqual(referenceMetrics(ds, options));
		}
	});
});
