import { describe, expect, it } from 'vitest';
import { niceMax, ticks } from './axis';

describe('niceMax', () => {
	it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
		expect([0, 1, 3, 7, 11, 24, 26, 180, 999].map(niceMax)).toEqual([1, 1, 5, 10, 20, 25, 50, 200, 1000]);
		expect(niceMax(0.37)).toBe(0.5);
	});
});

describe('ticks', () => {
	it('spaces values evenly, both ends included', () => {
		expect(ticks(0, 100, 4)).toEqual([0, 25, 50, 75, 100]);
		expect(ticks(0.6, 1, 2)).toEqual([0.6, 0.8, 1]);
	});
});
