// The fake IndexedDB must be installed before Dexie loads.
import { aFreshDatabase } from '../../../../tests/factories/database';
import { describe, expect, it } from 'vitest';
import { loadStudyOverview } from '../loaders/study-overview-data';
import { freshStudyOverview, type ListedDeck } from './study-overview.svelte';

const NOW = Date.UTC(2026, 5, 10, 12);
const deck = (id: string, n: number): ListedDeck => ({
	kind: 'level',
	level: 'A1',
	id,
	cardIds: Array.from({ length: n }, (_, i) => `${id}-${i}:recall`)
});

describe('the study list of a browser with nothing stored', () => {
	it('counts every deck as the database would, without opening it', async () => {
		aFreshDatabase();
		const decks = [deck('a', 30), deck('b', 5)];
		const fresh = freshStudyOverview(decks, NOW);
		expect(fresh.counts.decks['a']).toMatchObject({ new: 20, newHeld: 10, heldBy: { new: 'all' } });
		expect(fresh.counts.decks['b']).toMatchObject({ new: 5, newHeld: 0 });
		expect(fresh).toEqual(await loadStudyOverview(decks, NOW));
	});
});
