import { beforeEach, describe, expect, it } from 'vitest';
import {
	BROWSE_SORTS,
	EMPTY_QUERY,
	queryCards,
	SORT_KEY,
	type BrowseQuery
} from '$lib/domain/browser/card-query';
import { buildSearchIndex } from '$lib/domain/browser/search-index';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import { aFreshDatabase } from '../../../../tests/factories/database';
import { aStudyItem } from '../../../../tests/factories/study';
import type { AppDatabase, CardRow } from '$lib/data/db';
import { unstoredIds } from '$lib/data/card-page-repository';
import { browseCards, type BrowseCatalog } from './browse-data';
import { cardIdsFound, cardPage, cardsMatching, type PageContext } from './card-pages';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;
let db: AppDatabase;

const items = new Map(
	[
		aStudyItem('kehu', { hanzi: '客户', pinyin: ['kè', 'hù'], gloss: 'client', level: 'A1' }),
		aStudyItem('kefu', { hanzi: '客服', pinyin: ['kè', 'fú'], gloss: 'customer service agent', level: 'A2' }),
		aStudyItem('guanxi', { hanzi: '关系', pinyin: ['guān', 'xi'], gloss: 'relationship', level: 'B1' })
	].map((i) => [i.id, i])
);
const deckIds = ['kehu:recognition', 'kehu:recall', 'kefu:recognition', 'kefu:recall', 'guanxi:recognition'];
const catalog: BrowseCatalog = {
	decks: [{ id: 'crm', name: { kind: 'crm' }, cardIds: new Set(deckIds.slice(0, 3)) }],
	items,
	ids: deckIds,
	search: buildSearchIndex([...items.values()].map((i) => ({ ...i, itemId: i.id })))
};

/** A stored card with distinct figures, so every sort has one right order. */
function aRow(id: string, n: number, extra: Partial<CardRow> = {}): CardRow {
	const [itemId = '', template = ''] = id.split(':');
	return {
		...newMemoryState(NOW),
		id,
		itemId,
		template,
		state: n % 2 === 0 ? 2 : 1,
		due: NOW + (n - 3) * DAY + 1,
		lapses: n + 1,
		difficulty: n + 0.5,
		stability: 10 - n + 0.25,
		suspended: 0,
		buriedUntil: 0,
		...extra
	};
}

const rows = [
	aRow('kehu:recall', 0),
	aRow('kefu:recognition', 1, { suspended: 1 }),
	aRow('guanxi:recognition', 2),
	aRow('mission-word:recall', 3),
	aRow('bench-1:recognition', 4, { buriedUntil: NOW + DAY })
];

async function context(): Promise<PageContext> {
	return { catalog, unstored: await unstoredIds(catalog.ids), now: NOW, leechThreshold: 4 };
}

/** What the browser showed when it held every card in memory: the reference the index plan must agree with. */
function everyCard(query: BrowseQuery) {
	const stored = new Map(rows.map((r) => [r.id, r]));
	const ids = [...new Set([...deckIds, ...stored.keys()])];
	const cards = browseCards(
		ids,
		ids.map((id) => stored.get(id)),
		items,
		NOW
	);
	return queryCards(cards, query, NOW, 4);
}

beforeEach(async () => {
	db = aFreshDatabase();
	await db.cards.bulkPut(rows);
});

describe('card browser pages', () => {
	it('reads a page in every sort order and state through the indexes, as the whole list would order it', async () => {
		const ctx = await context();
		for (const sort of BROWSE_SORTS)
			for (const descending of [false, true])
				for (const state of [null, 'new', 'learning', 'review'] as const) {
					const query = { ...EMPTY_QUERY, sort, descending, state };
					const expected = everyCard(query);
					const page = await cardPage(query, 3, ctx);
					expect(page.total).toBe(expected.length);
					const key = (c: { memory: CardRow | ReturnType<typeof newMemoryState> }) =>
						SORT_KEY[sort](c.memory);
					expect(page.cards.map(key)).toEqual(expected.slice(0, 3).map(key));
					expect(new Set(await cardIdsFound(query, ctx))).toEqual(new Set(expected.map((c) => c.id)));
				}
	});

	it('finds by text, deck, level and flags, reading only those cards', async () => {
		const ctx = await context();
		const ids = async (change: Partial<BrowseQuery>) =>
			(await cardPage({ ...EMPTY_QUERY, ...change }, 50, ctx)).cards.map((c) => c.id).sort();
		expect(await ids({ text: 'kefu' })).toEqual(['kefu:recall', 'kefu:recognition']);
		expect(await ids({ text: '客' })).toEqual([
			'kefu:recall',
			'kefu:recognition',
			'kehu:recall',
			'kehu:recognition'
		]);
		expect(await ids({ deck: catalog.decks[0]!.cardIds, state: 'new' })).toEqual(['kehu:recognition']);
		expect(await ids({ level: 'B1' })).toEqual(['guanxi:recognition']);
		expect(await ids({ state: 'suspended' })).toEqual(['kefu:recognition']);
		expect(await ids({ state: 'buried' })).toEqual(['bench-1:recognition']);
		expect(await ids({ state: 'leech' })).toEqual(['bench-1:recognition', 'mission-word:recall']);
		expect(await ids({ template: 'recall' })).toEqual(['kefu:recall', 'kehu:recall', 'mission-word:recall']);
	});

	it('keeps only the selected cards the query still finds', async () => {
		const ctx = await context();
		const query = { ...EMPTY_QUERY, state: 'review' as const };
		const found = await cardsMatching(['kehu:recall', 'kefu:recall', 'guanxi:recognition'], query, ctx);
		expect(found.map((c) => c.id)).toEqual(['kehu:recall', 'guanxi:recognition']);
	});
});
