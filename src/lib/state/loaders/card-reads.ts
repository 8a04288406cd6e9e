/**
 * The card browser's reads, as `card-page-repository` gives them. While nothing is stored, every
 * card is new and has no row, so each read answers without loading the database code.
 */
import type { CardSlice, FlagFilter } from '$lib/data/card-page-repository';
import type { CardRow } from '$lib/data/db';
import { nothingStored } from './nothing-stored';

const repository = () => import('$lib/data/card-page-repository');

export async function sliceCounts(
	slice: CardSlice,
	pivot: number | null
): Promise<{ total: number; before: number }> {
	if (await nothingStored()) return { total: 0, before: 0 };
	return (await repository()).sliceCounts(slice, pivot);
}

export async function slicePage(slice: CardSlice, offset: number, limit: number): Promise<CardRow[]> {
	if (await nothingStored()) return [];
	return (await repository()).slicePage(slice, offset, limit);
}

export async function cardRowsOf(ids: readonly string[]): Promise<(CardRow | undefined)[]> {
	if (await nothingStored()) return ids.map(() => undefined);
	return (await repository()).cardRowsOf(ids);
}

export async function unstoredIds(ids: readonly string[]): Promise<string[]> {
	if (await nothingStored()) return [...ids];
	return (await repository()).unstoredIds(ids);
}

export async function cardRowsOfItems(itemIds: readonly string[]): Promise<CardRow[]> {
	if (await nothingStored()) return [];
	return (await repository()).cardRowsOfItems(itemIds);
}

export async function flaggedCardRows(filter: FlagFilter): Promise<CardRow[]> {
	if (await nothingStored()) return [];
	return (await repository()).flaggedCardRows(filter);
}

export async function sliceIds(slice: CardSlice): Promise<string[]> {
	if (await nothingStored()) return [];
	return (await repository()).sliceIds(slice);
}
