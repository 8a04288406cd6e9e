import { describe, expect, it } from 'vitest';
import {
	assignSegments,
	NO_SEGMENT,
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
