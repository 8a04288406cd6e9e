import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { aReviewLog } from '../../../../tests/factories/history';
import { evaluateWeights } from './evaluate';
import { cardHistories } from './history';
import { firstReviewAfterFit, reviewsSinceFit } from './reminder';

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

describe('the reviews a fit never saw', () => {
	const UTC = () => 0;
	const at = (day: number) => Date.UTC(2026, 0, day, 10);
	// Two cards, long-term reviews on days 3 (a), 4 (b), 9 (a) and 12 (b).
	const histories = cardHistories(
		aReviewLog([
			['a', 3, at(1)],
			['b', 3, at(2)],
			['a', 3, at(3)],
			['b', 3, at(4)],
			['a', 1, at(9)],
			['b', 3, at(12)]
		]),
		() => true,
		4,
		UTC
	);

	it('start after the long-term reviews the fit counted, in time order across cards', () => {
		expect(firstReviewAfterFit(histories, 2)).toBe(at(9));
		expect(firstReviewAfterFit(histories, 0)).toBe(at(3));
		expect(firstReviewAfterFit(histories, 4)).toBe(Infinity);
	});

	it('are the only ones scored, while the older ones still shape each card', () => {
		const newer = evaluateWeights(histories, default_w, firstReviewAfterFit(histories, 2));
		expect(newer.reviews).toBe(2);
		const all = evaluateWeights(histories, default_w);
		expect(all.reviews).toBe(4);
		expect(newer.logLoss).not.toBeCloseTo(all.logLoss, 3);
	});
});
