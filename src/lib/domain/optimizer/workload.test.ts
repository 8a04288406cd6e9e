import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/domain/practice/random';
import { RETENTIONS, retentionWorkload } from './workload';

const deck = { weights: default_w, cards: 600, newPerDay: 20, maximumIntervalDays: 36500 };

describe('retentionWorkload', () => {
	it('compares the 14 desired retentions from 0.70 to 0.97', () => {
		const curve = retentionWorkload(deck, seededRandom(7));
		expect(curve.points.map((p) => p.retention)).toEqual([...RETENTIONS]);
		expect(RETENTIONS).toHaveLength(14);
	});

	it('asks for many more reviews a day at 0.97 than at 0.70, and retains more', () => {
		const { points } = retentionWorkload(deck, seededRandom(7));
		const low = points[0]!;
		const high = points.at(-1)!;
		expect(high.dailyReviews).toBeGreaterThan(low.dailyReviews * 2);
		expect(high.retained).toBeGreaterThan(low.retained);
		expect(high.retained).toBeLessThanOrEqual(deck.cards);
	});

	it('marks the retention with the fewest reviews per card remembered', () => {
		const curve = retentionWorkload(deck, seededRandom(3));
		const cheapest = Math.min(...curve.points.map((p) => p.costPerCard));
		expect(curve.points[curve.best]!.costPerCard).toBe(cheapest);
		expect(curve.points[curve.best]!.retention).toBeLessThan(0.97);
	});

	it('only counts cards introduced within the simulated days', () => {
		const { points } = retentionWorkload({ ...deck, newPerDay: 1, days: 30 }, seededRandom(1));
		for (const p of points) expect(p.retained).toBeLessThanOrEqual(30);
	});

	it('marks nothing for an empty deck', () => {
		const curve = retentionWorkload({ ...deck, cards: 0 }, seededRandom(1));
		expect(curve.best).toBe(-1);
		expect(curve.points.every((p) => p.dailyReviews === 0)).toBe(true);
	});

	it('is the same run for the same seed', () => {
		expect(retentionWorkload(deck, seededRandom(9))).toEqual(retentionWorkload(deck, seededRandom(9)));
	});
});
