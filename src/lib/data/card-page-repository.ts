/**
 * The card browser's reads through indexes: one page of stored cards in any sort order, counts without
 * reading rows, and the few rows a narrow filter needs.
 */
import Dexie, { type Collection, type InsertType } from 'dexie';
import type { CardState } from '$lib/domain/scheduling/types';
import { cardRows } from './card-repository';
import { database, type CardRow } from './db';

/** Fields the browser sorts by; each has an index alone and one after the FSRS state. */
export type SortField = 'due' | 'lapses' | 'difficulty' | 'stability';

/** Stored cards in index order: every card, or those in one FSRS state. */
export interface CardSlice {
	state: CardState | null;
	sort: SortField;
	descending: boolean;
}

/** The slice's rows whose sort key comes before `pivot` in the slice's order (all, when pivot is null). */
function range(
	slice: CardSlice,
	pivot: number | null,
	side: 'before' | 'all'
): Collection<CardRow, string, InsertType<CardRow, 'id'>> {
	const table = database().cards;
	const { state, sort, descending } = slice;
	const all = side === 'all' || pivot === null;
	if (state === null) {
		if (all) return table.orderBy(sort);
		return descending ? table.where(sort).above(pivot) : table.where(sort).below(pivot);
	}
	const index = `[state+${sort}]`;
	const [low, high] = all
		? [Dexie.minKey, Dexie.maxKey]
		: descending
			? [pivot, Dexie.maxKey]
			: [Dexie.minKey, pivot];
	// Open at the pivot: a key equal to it sorts after cards listed at the pivot.
	return table.where(index).between([state, low], [state, high], all || !descending, all || descending);
}

/** How many stored cards the slice holds, and how many of them sort before `pivot`. */
export async function sliceCounts(
	slice: CardSlice,
	pivot: number | null
): Promise<{ total: number; before: number }> {
	const db = database();
	return db.transaction('r', db.cards, async () => {
		const [total, before] = await Promise.all([
			range(slice, null, 'all').count(),
			pivot === null ? Promise.resolve(0) : range(slice, pivot, 'before').count()
		]);
		return { total, before: pivot === null ? total : before };
	});
}

/** Rows `offset` to `offset + limit` of the slice in its order; only those rows are read. */
export function slicePage(slice: CardSlice, offset: number, limit: number): Promise<CardRow[]> {
	if (limit <= 0) return Promise.resolve([]);
	const ordered = range(slice, null, 'all');
	return (slice.descending ? ordered.reverse() : ordered).offset(offset).limit(limit).toArray();
}

/** The stored rows of `ids`, in their order; undefined where a card has none. */
export function cardRowsOf(ids: readonly string[]): Promise<(CardRow | undefined)[]> {
	return cardRows(ids);
}

/** Ids sharing this many leading characters are read in one key range. */
const RANGE_PREFIX = 3;

/** The ids among `ids` that have no stored row: cards never studied or touched. */
export async function unstoredIds(ids: readonly string[]): Promise<string[]> {
	const db = database();
	// Keys only, a range per id prefix: the read grows with the deck, not with every card ever stored,
	// and a few dozen ranges cost far fewer requests than one per card.
	const prefixes = [...new Set(ids.map((id) => id.slice(0, RANGE_PREFIX)))];
	const keys = await db.transaction('r', db.cards, () =>
		Promise.all(prefixes.map((p) => db.cards.where(':id').between(p, `${p}\uffff`, true, true).primaryKeys()))
	);
	const stored = new Set(keys.flat());
	return ids.filter((id) => !stored.has(id));
}

/** Every stored card of these items. */
export function cardRowsOfItems(itemIds: readonly string[]): Promise<CardRow[]> {
	return database()
		.cards.where('itemId')
		.anyOf([...itemIds])
		.toArray();
}

/** Flags the browser filters by that no sort index covers; each reads only the cards it names. */
export type FlagFilter =
	| { kind: 'suspended' }
	| { kind: 'buried'; now: number }
	| { kind: 'leech'; threshold: number }
	| { kind: 'template'; template: string };

/** The stored cards a flag filter keeps, read through its own index. */
export function flaggedCardRows(filter: FlagFilter): Promise<CardRow[]> {
	const table = database().cards;
	switch (filter.kind) {
		case 'suspended':
			return table.where('[suspended+due]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray();
		case 'buried':
			return table.where('buriedUntil').above(filter.now).toArray();
		case 'leech':
			return table.where('lapses').aboveOrEqual(filter.threshold).toArray();
		case 'template':
			return table.where('template').equals(filter.template).toArray();
	}
}

/** The ids of every stored card in the slice, in its order, read from the index alone. */
export function sliceIds(slice: CardSlice): Promise<string[]> {
	const ordered = range(slice, null, 'all');
	return (slice.descending ? ordered.reverse() : ordered).primaryKeys();
}
