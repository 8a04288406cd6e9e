import { describe, expect, it } from 'vitest';
import { formatFigure } from './report';
import { medianFigure, spreadOf } from './spread';

describe('median and spread', () => {
	it('takes the middle sample, or the mean of the middle two', () => {
		expect(spreadOf([44, 35.1, 38.2, 40, 36, 39, 41])).toEqual({ median: 39, low: 35.1, high: 44, runs: 7 });
		expect(spreadOf([4, 1, 3, 2]).median).toBe(2.5);
		expect(spreadOf([]).median).toBeNaN();
		expect(spreadOf([1, NaN]).median).toBeNaN();
	});

	it('prints the budget line with the spread after it', () => {
		const figure = medianFigure(
			{ name: 'simulator rfm+clv 100k/1M', unit: 'ms', limit: 50, kind: 'max' },
			[38.2, 35.1, 44, 37, 39, 40, 41]
		);
		expect(formatFigure(figure)).toBe(
			'simulator rfm+clv 100k/1M: 39 ms (budget ≤ 50 ms) median of 7, spread 35.1–44'
		);
	});
});
