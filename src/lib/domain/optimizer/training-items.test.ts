import { describe, expect, it } from 'vitest';
import { aReviewLog } from '../../../../tests/factories/history';
import { cardHistories } from './history';
import { MAX_ITEM_LENGTH, trainingItems } from './training-items';

const UTC = () => 0;
const DAY = 86_400_000;
const at = (day: number, hour = 10) => Date.UTC(2026, 0, day, hour);

describe('training items', () => {
	it('orders items by the time of their last review across cards, as fsrs-rs weights later ones more', () => {
		const log = aReviewLog([
			['a', 3, at(1)],
			['b', 4, at(1, 11)],
			['b', 2, at(2)],
			['a', 3, at(3)],
			['a', 1, at(6)],
			['b', 3, at(9)]
		]);
		const items = trainingItems(cardHistories(log, () => true, 4, UTC));
		// b's on day 2, a's on day 3, a's on day 6, b's on day 9.
		expect([...items.lengths]).toEqual([2, 2, 3, 3]);
		expect([...items.ratings]).toEqual([4, 2, 3, 3, 3, 3, 1, 4, 2, 3]);
		expect([...items.deltaTs]).toEqual([0, 1, 0, 2, 0, 2, 3, 0, 1, 7]);
		expect(items).toMatchObject({ cards: 2, ofCards: 2 });
	});

	it('leaves out items longer than the optimizer keeps, without dropping the card', () => {
		const rows: [string, number, number][] = Array.from({ length: MAX_ITEM_LENGTH + 10 }, (_, i) => [
			'long',
			3,
			at(1) + i * DAY
		]);
		const items = trainingItems(cardHistories(aReviewLog(rows), () => true, 4, UTC));
		expect(items.lengths.length).toBe(MAX_ITEM_LENGTH - 1);
		expect(Math.max(...items.lengths)).toBe(MAX_ITEM_LENGTH);
	});

	it('past the cap keeps every item of an evenly spread sample of cards', () => {
		// 100 cards of 5 daily reviews: 4 items each, 2 + 3 + 4 + 5 = 14 entries a card.
		const rows: [string, number, number][] = [];
		for (let c = 0; c < 100; c++)
			for (let d = 0; d < 5; d++) rows.push([`c${c}`, c % 7 === 0 ? 1 : 3, at(1 + d) + c * 1000]);
		const histories = cardHistories(aReviewLog(rows), () => true, 4, UTC);
		expect(trainingItems(histories)).toMatchObject({ cards: 100, ofCards: 100 });
		const sampled = trainingItems(histories, 14 * 25);
		expect(sampled).toMatchObject({ cards: 25, ofCards: 100 });
		expect(sampled.ratings.length).toBe(14 * 25);
		// Whole cards: every sampled card brings all four of its items.
		expect([...sampled.lengths].filter((n) => n === 5)).toHaveLength(25);
		// Spread evenly: cards that forget (every seventh) are in the sample at about their share.
		expect(sampled.ratings.filter((r) => r === 1).length / sampled.ratings.length).toBeCloseTo(1 / 7, 1);
	});
});
