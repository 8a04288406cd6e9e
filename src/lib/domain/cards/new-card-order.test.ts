import { describe, expect, it } from 'vitest';
import { newCardOrder } from './new-card-order';

describe('newCardOrder', () => {
	it('moves new cards the learner placed first or last and keeps the rest in course order', () => {
		const places = [
			{ state: 2, position: -5 },
			undefined,
			{ state: 0, position: 7 },
			{ state: 0 },
			{ state: 0, position: -3 },
			{ state: 0, position: -4 }
		];
		expect(newCardOrder(places)).toEqual([5, 4, 0, 1, 3, 2]);
	});

	it('leaves cards nobody moved as they are', () => {
		expect(newCardOrder([undefined, { state: 1 }, { state: 0 }])).toEqual([0, 1, 2]);
	});
});
