import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aFreshDatabase } from '../../../tests/factories/database';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { deckCounts } from '$lib/domain/scheduling/daily-queue';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import { freshCardRow } from './card-repository';
import { recordAnswer } from './review-repository';
import type { AppDatabase } from './db';
import { studyOverview } from './study-repository';

const NOW = Date.UTC(2026, 5, 10, 12);
const HOUR = 3_600_000;
const settings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 3, reviewsPerDay: 2 };
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}:recall`);

let db: AppDatabase;
beforeEach(() => {
	db = aFreshDatabase();
});
afterEach(() => db.close());

describe('study overview', () => {
	it('counts each deck, shared cards in both, as the daily queue counts that deck alone', async () => {
		const a = ids('a', 6);
		const b = [...ids('b', 2), a[0]!, a[1]!];
		await db.cards.bulkPut([
			{ ...freshCardRow(a[0]!, NOW), state: 2, due: NOW - HOUR },
			{ ...freshCardRow(a[1]!, NOW), state: 2, due: NOW - 2 * HOUR },
			{ ...freshCardRow(a[2]!, NOW), state: 2, due: NOW - 3 * HOUR },
			{ ...freshCardRow(a[3]!, NOW), state: 1, due: NOW + HOUR },
			{ ...freshCardRow(b[0]!, NOW), suspended: 1 }
		]);
		const decks = [
			{ id: 'a', cardIds: a },
			{ id: 'b', cardIds: b }
		];
		const overview = await studyOverview(decks, NOW, settings);

		const rows = await db.cards.toArray();
		const all = [...new Set([...a, ...b])].map((id) => {
			const row = rows.find((r) => r.id === id);
			return { id, memory: row ?? newMemoryState(NOW), suspended: row?.suspended === 1 };
		});
		const input = { cards: all, now: NOW, settings, reviewsDoneToday: 0, newDoneToday: 0 };
		expect(overview.decks.a).toEqual(deckCounts(input, a));
		expect(overview.decks.b).toEqual(deckCounts(input, b));
		expect(overview.decks.a).toMatchObject({ new: 2, learning: 1, due: 2, dueHeld: 1 });
		expect(overview.decks.b).toMatchObject({ new: 1, due: 2 });
		expect(overview.dueReviews).toBe(3);
	});

	it('counts each deck under its own limit and the one across all decks, and names the one that holds cards back', async () => {
		const limited = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 6 };
		const T0 = NOW;
		const [a, b] = [
			{ id: 'a', cardIds: ids('a', 10) },
			{ id: 'b', cardIds: ids('b', 10) }
		];
		for (const [i, cardId] of a.cardIds.slice(0, 2).entries())
			await recordAnswer({ cardId, grade: 4, now: T0 + i, source: 'review', durationMs: 1 }, limited);
		const now = T0 + 60_000;
		const { decks } = await studyOverview([a, b], now, limited, { a: { newPerDay: 3 } });
		// Deck a allows 3 a day and used 2; across all decks 4 of 6 are left.
		expect(decks['a']).toMatchObject({ new: 1, newHeld: 7, heldBy: { new: 'deck' } });
		expect(decks['b']).toMatchObject({ new: 4, newHeld: 6, heldBy: { new: 'all' } });
		// Without limits of its own, deck a is held by the limit across all decks alone.
		expect((await studyOverview([a, b], now, limited)).decks['a']).toMatchObject({
			new: 4,
			heldBy: { new: 'all' }
		});
	});
});
