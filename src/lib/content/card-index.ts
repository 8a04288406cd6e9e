/**
 * The course as the card browser and the study list need it: each item's words and each deck's card
 * ids, compiled at build time, so they load without the examples and notes of the whole course.
 */
import { deckCardIds } from './study';
import type { DeckInfo, StudyItem } from './types';

/** What the browser shows and searches of an item. */
export type BrowseItem = Pick<StudyItem, 'id' | 'hanzi' | 'pinyin' | 'gloss' | 'level'>;

/** A built-in deck's name facts and the ids of its cards, in course order. */
export type DeckCards = DeckInfo extends infer D
	? D extends DeckInfo
		? Omit<D, 'itemIds'> & { cardIds: string[] }
		: never
	: never;

export interface CardIndex {
	items: BrowseItem[];
	decks: DeckCards[];
}

/** A deck without its item ids, with its card ids. */
export function deckCards(deck: DeckInfo, items: ReadonlyMap<string, StudyItem>): DeckCards {
	const { itemIds: _items, ...named } = deck;
	return { ...named, cardIds: deckCardIds(deck, items) };
}

export function cardIndex(items: readonly StudyItem[], decks: readonly DeckInfo[]): CardIndex {
	const byId = new Map(items.map((i) => [i.id, i]));
	return {
		items: items.map(({ id, hanzi, pinyin, gloss, level }) => ({ id, hanzi, pinyin, gloss, level })),
		decks: decks.map((d) => deckCards(d, byId))
	};
}
