import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { recordAnswer } from './review-repository';
import { studyOverview } from './study-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 6 };
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const deck = (id: string, n: number) => ({
	id,
	cardIds: Array.from({ length: n }, (_, i) => `${id}-${i}:recall`)
});
const [a, b] = [deck('a', 10), deck('b', 10)];

beforeEach(() => {
	aFreshDatabase();
});

describe('studyOverview', () => {
	it('counts each deck under its own limit and the one across all decks, and names the one that holds cards back', async () => {
		for (const [i, cardId] of a.cardIds.slice(0, 2).entries())
			await recordAnswer({ cardId, grade: 4, now: T0 + i, source: 'review', durationMs: 1 }, settings);
		const now = T0 + 60_000;
		const { decks } = await studyOverview([a, b], now, settings, { a: { newPerDay: 3 } });
		// Deck a allows 3 a day and used 2; across all decks 4 of 6 are left.
		expect(decks['a']).toMatchObject({ new: 1, newHeld: 7, heldBy: { new: 'deck' } });
		expect(decks['b']).toMatchObject({ new: 4, newHeld: 6, heldBy: { new: 'all' } });
		// Without limits of its own, deck a is held by the limit across all decks alone.
		expect((await studyOverview([a, b], now, settings)).decks['a']).toMatchObject({
			new: 4,
			heldBy: { new: 'all' }
		});
	});
});
