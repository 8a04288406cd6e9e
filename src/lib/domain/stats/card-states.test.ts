import { describe, expect, it } from 'vitest';
import { cardStates } from './card-states';
import { aStatsCard } from './test-factories';

describe('cardStates', () => {
	const cards = [
		aStatsCard('a:recall', 0, { state: 1 }),
		aStatsCard('b:recall', 0, { state: 2 }),
		aStatsCard('c:recall', 0, { state: 2 }),
		aStatsCard('d:recall', 0, { state: 3 }),
		aStatsCard('e:recall', 0, { state: 2, suspended: 1 }),
		aStatsCard('f:recall', 0, { state: 0, suspended: 1 }),
		aStatsCard('g:recall', 0, { state: 0 })
	];

	it('counts cards without a row, and unsuspended rows never studied, as new', () => {
		expect(cardStates(cards, 20)).toEqual({
			new: 14,
			learning: 1,
			review: 2,
			relearning: 1,
			suspended: 2,
			total: 20
		});
	});

	it('leaves out rows no longer in the course', () => {
		const counts = cardStates(cards, 20, (id) => !id.startsWith('b:'));
		expect(counts).toMatchObject({ review: 1, new: 15, total: 20 });
	});

	it('never reports fewer cards than it counted', () => {
		expect(cardStates(cards, 3)).toMatchObject({ new: 0, total: 6 });
	});
});
