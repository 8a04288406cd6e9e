import { describe, expect, it } from 'vitest';
import { reviewsSinceFit } from './reminder';

describe('reviewsSinceFit', () => {
	it('suggests nothing before any fit was applied', () => {
		expect(reviewsSinceFit(undefined, 50_000)).toBeNull();
	});
	it('waits for 1,000 new reviews since the fit', () => {
		expect(reviewsSinceFit(4000, 4999)).toBeNull();
		expect(reviewsSinceFit(4000, 5000)).toBe(1000);
		expect(reviewsSinceFit(4000, 7321)).toBe(3321);
	});
	it('suggests nothing when the history shrank (e.g. a restore)', () => {
		expect(reviewsSinceFit(4000, 1200)).toBeNull();
	});
});
