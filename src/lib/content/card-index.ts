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

/** A deck whose card ids travel as one space-separated string, as a page's inline data carries them. */
export type PackedDeckCards = Omit<DeckCards, 'cardIds'> & { cardIds: string };

/**
 * Packs a deck's card ids into one string: a page's inline data with thousands of ids parses many
 * times faster as one string than as an array of strings. Card ids hold no spaces.
 */
export function packDeckCards({ cardIds, ...deck }: DeckCards): PackedDeckCards {
	return { ...deck, cardIds: cardIds.join(' ') };
}

export function unpackDeckCards({ cardIds, ...deck }: PackedDeckCards): DeckCards {
	return { ...deck, cardIds: cardIds === '' ? [] : cardIds.split(' ') } as DeckCards;
}
