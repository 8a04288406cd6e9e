import { describe, expect, it } from 'vitest';
import { plainArray } from './plain-array';

describe('plainArray', () => {
	it('copies every value of a typed column, in order, into an array JSON writes as a list', () => {
		const column = Float64Array.from([1_796_000_000_000, 0.5, 3]);
		const copy = plainArray(column);
		expect(Array.isArray(copy)).toBe(true);
		expect(copy).toEqual([1_796_000_000_000, 0.5, 3]);
		expect(JSON.stringify(plainArray(Uint8Array.from([4, 1])))).toBe('[4,1]');
		expect(plainArray(new Uint32Array(0))).toEqual([]);
	});
});
