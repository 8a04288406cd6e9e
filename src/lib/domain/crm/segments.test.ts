import { describe, expect, it } from 'vitest';
import {
	assignSegments,
	assignSegmentsByMean,
	meanCuts,
	NO_SEGMENT,
	scoreCounts,
	scoreCuts,
	segmentFlags,
	segmentIndex,
	SEGMENTS,
	summariseSegments
} from './segments';

describe('segment mapping', () => {
	it('maps high/low R, F, M to the eight segments', () => {
		expect(SEGMENTS[segmentIndex({ r: true, f: true, m: true })]).toBe('重要价值客户');
		expect(SEGMENTS[segmentIndex({ r: true, f: false, m: true })]).toBe('重要发展客户');
		expect(SEGMENTS[segmentIndex({ r: false, f: true, m: true })]).toBe('重要保持客户');
		expect(SEGMENTS[segmentIndex({ r: false, f: false, m: true })]).toBe('重要挽留客户');
		expect(SEGMENTS[segmentIndex({ r: true, f: true, m: false })]).toBe('一般价值客户');
		expect(SEGMENTS[segmentIndex({ r: true, f: false, m: false })]).toBe('一般发展客户');
		expect(SEGMENTS[segmentIndex({ r: false, f: true, m: false })]).toBe('一般保持客户');
		expect(SEGMENTS[segmentIndex({ r: false, f: false, m: false })]).toBe('一般挽留客户');
		for (let s = 0; s < 8; s++) expect(segmentIndex(segmentFlags(s))).toBe(s);
	});

	it('uses the "high from" score, and leaves non-buyers out', () => {
		const scores = {
			r: Uint8Array.from([5, 3, 2, 0]),
			f: Uint8Array.from([4, 3, 1, 0]),
			m: Uint8Array.from([4, 5, 1, 0])
		};
		expect(Array.from(assignSegments(scores))).toEqual([0, 3, 7, NO_SEGMENT]);
		expect(Array.from(assignSegments(scores, 3))).toEqual([0, 0, 7, NO_SEGMENT]);
		expect(() => assignSegments(scores, 6)).toThrow(RangeError);
	});

	it('counts customers and revenue share per segment', () => {
		const segments = Uint8Array.from([0, 0, 3, NO_SEGMENT]);
		const values = {
			recency: Int32Array.from([1, 1, 1, -1]),
			frequency: Int32Array.from([1, 1, 1, 0]),
			monetary: Float64Array.from([300, 100, 400, 0])
		};
		const summary = summariseSegments(segments, values);
		expect(summary[0]).toEqual({ segment: '重要价值客户', customers: 2, revenue: 400, revenueShare: 0.5 });
		expect(summary[3]?.revenueShare).toBe(0.5);
		expect(summary[1]?.customers).toBe(0);
	});
});

describe('the mean convention', () => {
	// Four buyers and one who never bought. Means over buyers: R (10+20+60+110)/4 = 50 days,
	// F (1+2+3+10)/4 = 4 orders, M (100+200+300+1400)/4 = 500 元.
	const values = {
		recency: Int32Array.from([10, 20, 60, 110, -1]),
		frequency: Int32Array.from([1, 2, 3, 10, 0]),
		monetary: Float64Array.from([100, 200, 300, 1400, 0])
	};

	it('cuts at the buyers’ means', () => {
		expect(meanCuts(values)).toEqual({ convention: 'mean', recency: 50, frequency: 4, monetary: 500 });
	});

	it('sorts by below-mean R, above-mean F and M', () => {
		// 10 days, 1 order, 100 元: R high, F low, M low → 一般发展; 110 days, 10 orders, 1400 元 → 重要保持.
		const segments = Array.from(assignSegmentsByMean(values)).map((s) => SEGMENTS[s] ?? 'none');
		expect(segments).toEqual(['一般发展客户', '一般发展客户', '一般挽留客户', '重要保持客户', 'none']);
	});
});

describe('scoreCuts and scoreCounts', () => {
	it('names the value each score mark stands for, and shows ties make groups unequal', () => {
		const values = {
			recency: Int32Array.from([5, 30, 90, 200]),
			frequency: Int32Array.from([1, 1, 1, 6]),
			monetary: Float64Array.from([50, 80, 300, 900])
		};
		const scores = {
			r: Uint8Array.from([5, 4, 2, 1]),
			f: Uint8Array.from([1, 1, 1, 5]),
			m: Uint8Array.from([1, 2, 4, 5])
		};
		expect(scoreCuts(values, scores, 4)).toEqual({
			convention: 'scores',
			recency: 30,
			frequency: 6,
			monetary: 300
		});
		// Three customers tie on one order, so they all share score 1.
		expect(scoreCounts(scores.f)).toEqual([3, 0, 0, 0, 1]);
	});
});
