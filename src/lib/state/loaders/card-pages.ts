/**
 * Plans a card browser query: a narrow one (text, deck, level, a flag) reads just its cards; a broad one
 * reads one page through a sort index, with the cards never stored slotted in where their key sorts.
 */
import type { CardSlice, FlagFilter } from '$lib/data/card-page-repository';
import { cardRowsOf, cardRowsOfItems, flaggedCardRows, sliceCounts, sliceIds, slicePage } from './card-reads';
import { queryCards, SORT_KEY, type BrowseCard, type BrowseQuery } from '$lib/domain/browser/card-query';
import { matchItems } from '$lib/domain/browser/search-index';
import { parseCardId } from '$lib/domain/cards/card-id';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import type { CardState } from '$lib/domain/scheduling/types';
import { browseCard, browseCards, type BrowseCatalog } from './browse-data';

/** What a query needs besides itself: the catalog, the deck cards never stored, the time and the leech mark. */
export interface PageContext {
	catalog: BrowseCatalog;
	/** deck card ids with no stored row, in deck order */
	unstored: readonly string[];
	/** epoch ms */
	now: number;
	leechThreshold: number;
}

export interface CardPage {
	total: number;
	cards: BrowseCard[];
}

const FSRS_STATE: Partial<Record<NonNullable<BrowseQuery['state']>, CardState>> = {
	new: 0,
	learning: 1,
	review: 2,
	relearning: 3
};

const itemOf = (id: string) => {
	try {
		return parseCardId(id).itemId;
	} catch {
		return null;
	}
};

/** Every card a narrow query can match, or null when the query is broad. */
async function narrowCards(query: BrowseQuery, ctx: PageContext): Promise<BrowseCard[] | null> {
	const { catalog, now } = ctx;
	const items = matchItems(catalog.search, query.text);
	if (items === null && query.deck === null && query.level === null) return flagCards(query, ctx);
	const fits = (itemId: string | null) =>
		itemId !== null &&
		(items === null || items.has(itemId)) &&
		(query.level === null || catalog.items.get(itemId)?.level === query.level);
	const ids = (query.deck ? [...query.deck] : catalog.ids).filter((id) => fits(itemOf(id)));
	if (query.deck !== null) return browseCards(ids, await cardRowsOf(ids), catalog.items, now);
	// Every stored card of these items in one index read: the deck cards' rows, and the cards no deck
	// lists (a removed template, a mission word), which are found too.
	const itemIds = [...new Set(ids.map(itemOf).filter((i) => i !== null))];
	const stored = await cardRowsOfItems(itemIds);
	const byId = new Map(stored.map((r) => [r.id, r]));
	const listed = new Set(ids);
	const cards = browseCards(
		ids,
		ids.map((id) => byId.get(id)),
		catalog.items,
		now
	);
	const others = stored.filter((r) => !listed.has(r.id));
	cards.push(...others.flatMap((r) => browseCard(r.id, r, catalog.items, now) ?? []));
	return cards;
}

/** The cards of a flag no sort index covers (suspended, buried, leech, a card type), or null. */
async function flagCards(query: BrowseQuery, ctx: PageContext): Promise<BrowseCard[] | null> {
	const { state, template } = query;
	const flag: FlagFilter | null =
		state === 'suspended'
			? { kind: 'suspended' }
			: state === 'buried'
				? { kind: 'buried', now: ctx.now }
				: state === 'leech'
					? { kind: 'leech', threshold: ctx.leechThreshold }
					: template !== null
						? { kind: 'template', template }
						: null;
	if (!flag) return null;
	const rows = await flaggedCardRows(flag);
	const fresh = flag.kind === 'template' ? ctx.unstored.filter((id) => id.endsWith(`:${template}`)) : [];
	return [
		...browseCards(fresh, [], ctx.catalog.items, ctx.now),
		...rows.flatMap((r) => browseCard(r.id, r, ctx.catalog.items, ctx.now) ?? [])
	];
}

/** The broad query's stored slice, and whether never-stored cards (all new) belong in it. */
function sliceOf(query: BrowseQuery): { slice: CardSlice; withUnstored: boolean } {
	const state = query.state === null ? null : (FSRS_STATE[query.state] ?? null);
	return {
		slice: { state, sort: query.sort, descending: query.descending },
		withUnstored: query.state === null || query.state === 'new'
	};
}

/** Where the never-stored cards sit among the stored ones: the stored cards that sort before them. */
async function layout(query: BrowseQuery, ctx: PageContext) {
	const { slice, withUnstored } = sliceOf(query);
	const unstored = withUnstored ? ctx.unstored : [];
	const pivot = withUnstored ? SORT_KEY[query.sort](newMemoryState(ctx.now)) : null;
	const { total, before } = await sliceCounts(slice, pivot);
	return { slice, unstored, before, total: total + unstored.length };
}

/** The first `limit` cards the query finds, in its order, and how many it finds in all. */
export async function cardPage(query: BrowseQuery, limit: number, ctx: PageContext): Promise<CardPage> {
	const narrow = await narrowCards(query, ctx);
	if (narrow) {
		const found = queryCards(narrow, { ...query, text: '', deck: null }, ctx.now, ctx.leechThreshold);
		return { total: found.length, cards: found.slice(0, limit) };
	}
	const { slice, unstored, before, total } = await layout(query, ctx);
	const end = Math.min(limit, total);
	const fresh = unstored.slice(0, Math.max(0, end - before));
	// The stored rows on the page: those before the never-stored cards and those after them, one run in the index.
	const stored = await slicePage(slice, 0, end - fresh.length);
	const rows = stored.flatMap((r) => browseCard(r.id, r, ctx.catalog.items, ctx.now) ?? []);
	const head = Math.min(before, rows.length);
	const cards = [
		...rows.slice(0, head),
		...browseCards(fresh, [], ctx.catalog.items, ctx.now),
		...rows.slice(head)
	];
	return { total, cards };
}

/** The ids of every card the query finds, in its order (for "select all"). */
export async function cardIdsFound(query: BrowseQuery, ctx: PageContext): Promise<string[]> {
	const narrow = await narrowCards(query, ctx);
	if (narrow)
		return queryCards(narrow, { ...query, text: '', deck: null }, ctx.now, ctx.leechThreshold).map(
			(c) => c.id
		);
	const { slice, unstored, before } = await layout(query, ctx);
	const ids = await sliceIds(slice);
	return [...ids.slice(0, before), ...unstored, ...ids.slice(before)];
}

/** The cards among `ids` that the query finds, in its order. */
export async function cardsMatching(
	ids: readonly string[],
	query: BrowseQuery,
	ctx: PageContext
): Promise<BrowseCard[]> {
	const cards = browseCards(ids, await cardRowsOf(ids), ctx.catalog.items, ctx.now);
	return queryCards(cards, query, ctx.now, ctx.leechThreshold);
}

/** `list` without `ids`, in its order. */
export function withoutIds(list: readonly string[], ids: readonly string[]): string[] {
	const gone = new Set(ids);
	return list.filter((id) => !gone.has(id));
}
