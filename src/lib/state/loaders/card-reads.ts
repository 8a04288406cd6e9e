/**
 * The card browser's reads, as `card-page-repository` gives them. While nothing is stored, every
 * card is new and has no row, so each read answers without loading the database code.
 */
import type { CardSlice, FlagFilter } from '$lib/data/card-page-repository';
import type { CardRow } from '$lib/data/db';
import { storedOr } from './nothing-stored';

const repository = () => import('$lib/data/card-page-repository');

export const sliceCounts = (slice: CardSlice, pivot: number | null) =>
	storedOr({ total: 0, before: 0 }, async () => (await repository()).sliceCounts(slice, pivot));

export const slicePage = (slice: CardSlice, offset: number, limit: number) =>
	storedOr<CardRow[]>([], async () => (await repository()).slicePage(slice, offset, limit));

export const cardRowsOf = (ids: readonly string[]) =>
	storedOr<(CardRow | undefined)[]>(
		ids.map(() => undefined),
		async () => (await repository()).cardRowsOf(ids)
	);

export const unstoredIds = (ids: readonly string[]) =>
	storedOr([...ids], async () => (await repository()).unstoredIds(ids));

export const cardRowsOfItems = (itemIds: readonly string[]) =>
	storedOr<CardRow[]>([], async () => (await repository()).cardRowsOfItems(itemIds));

export const flaggedCardRows = (filter: FlagFilter) =>
	storedOr<CardRow[]>([], async () => (await repository()).flaggedCardRows(filter));

export const sliceIds = (slice: CardSlice) =>
	storedOr<string[]>([], async () => (await repository()).sliceIds(slice));
