/** The card browser's text search: the items' searchable words, built once and asked many times. */
import { searchWords, type SearchableWord } from '../words/search';

/** What an item offers to a search. */
export interface SearchItem {
	itemId: string;
	hanzi: string;
	pinyin: readonly string[];
	gloss: string;
	level: string | null;
}

export type SearchIndex = readonly (SearchableWord & { itemId: string })[];

/** Builds the index over `items`; the first entry for an item id wins. */
export function buildSearchIndex(items: Iterable<SearchItem>): SearchIndex {
	const seen = new Set<string>();
	const words: (SearchableWord & { itemId: string })[] = [];
	for (const item of items) {
		if (seen.has(item.itemId)) continue;
		seen.add(item.itemId);
		words.push({ ...item, level: item.level ?? '', forms: [], pos: '', tags: [] });
	}
	return words;
}

/** Item ids whose hanzi, pinyin (any form) or English match `text`, or null when there is no text. */
export function matchItems(index: SearchIndex, text: string): Set<string> | null {
	if (text.trim() === '') return null;
	return new Set(searchWords(index, { query: text, levels: [], pos: [] }).map((w) => w.itemId));
}
