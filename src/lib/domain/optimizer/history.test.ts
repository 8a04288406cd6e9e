import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { evaluateWeights } from './evaluate';
import { cardHistories, longTermReviews } from './history';
import { trainingItems } from './training-items';
import { aReviewLog as aLog } from '../../../../tests/factories/history';

const UTC = () => 0;
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 0, day, hour, minute);

describe('optimizer input', () => {
	const log = aLog([
		['a', 3, at(1, 10)],
		['b', 3, at(1, 23)],
		// 3:30 a.m. still belongs to the study day of 1 January; 5 a.m. starts the next one.
		['b', 3, at(2, 3, 30)],
		['a', 3, at(2, 5)],
		['a', 1, at(5, 9)],
		// A relearning step ten minutes later is a same-day rating (gap 0).
		['a', 3, at(5, 9, 10)],
		['a', 1, at(6, 9), 1],
		['a', 3, at(7, 9)]
	]);
	const histories = cardHistories(log, (i) => log.source[i] === 0, 4, UTC);

	it('orders each card by time, with gaps in study days from 4 a.m., and leaves out drills', () => {
		expect([...histories.start]).toEqual([0, 5, 7]);
		expect([...histories.ratings]).toEqual([3, 3, 1, 3, 3, 3, 3]);
		expect([...histories.deltaDays]).toEqual([0, 1, 3, 0, 2, 0, 0]);
	});

	it('makes one training item per review on a later day, with everything before it', () => {
		const items = trainingItems(histories);
		expect(longTermReviews(histories)).toBe(3);
		expect([...items.lengths]).toEqual([2, 3, 5]);
		expect([...items.ratings]).toEqual([3, 3, 3, 3, 1, 3, 3, 1, 3, 3]);
		expect([...items.deltaTs]).toEqual([0, 1, 0, 1, 3, 0, 1, 3, 0, 2]);
	});

	it('scores parameters by log loss and binned RMSE on the long-term reviews', () => {
		const quality = evaluateWeights(histories, default_w);
		expect(quality.reviews).toBe(3);
		expect(quality.logLoss).toBeGreaterThan(0);
		expect(quality.rmseBins).toBeGreaterThan(0);
		expect(quality.rmseBins).toBeLessThan(1);
		// On a card that is always remembered, parameters that forget almost at once score worse.
		const kept = aLog([
			['c', 3, at(1, 10)],
			['c', 3, at(3, 10)],
			['c', 3, at(8, 10)]
		]);
		const remembered = cardHistories(kept, () => true, 4, UTC);
		const forgetful = [0.01, 0.01, 0.01, 0.01, ...default_w.slice(4)];
		expect(evaluateWeights(remembered, forgetful).logLoss).toBeGreaterThan(
			evaluateWeights(remembered, default_w).logLoss
		);
	});
});
