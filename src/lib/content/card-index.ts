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

/** A deck's name facts and which of the packed card ids it holds. */
export type PackedDeck = Omit<DeckCards, 'cardIds'> & {
	/** a bitmap over the packed card ids, in base64: bit i set when card i is in the deck */
	members: string;
};

/**
 * Built-in decks as a page's inline data carries them. The decks share most of their cards, so each
 * card id is written once, grouped by item (`item:` then one character per template), and each deck
 * is a bitmap over that list: a twentieth of the ids written out deck by deck, and one string to parse.
 */
export interface PackedDecks {
	/** the template names, joined by spaces; template i is character `0` + i in `cards` */
	templates: string;
	/** `itemId:` and the item's template characters, joined by spaces; card ids hold no spaces */
	cards: string;
	decks: PackedDeck[];
}

const templateChar = (i: number) => String.fromCharCode(48 + i);

export function packDecks(decks: readonly DeckCards[]): PackedDecks {
	const templates: string[] = [];
	const byItem = new Map<string, number[]>();
	for (const deck of decks)
		for (const id of deck.cardIds) {
			const at = id.lastIndexOf(':');
			const item = id.slice(0, at);
			const template = id.slice(at + 1);
			let t = templates.indexOf(template);
			if (t < 0) t = templates.push(template) - 1;
			const held = byItem.get(item) ?? [];
			if (!held.includes(t)) held.push(t);
			byItem.set(item, held);
		}
	const order = new Map<string, number>();
	for (const [item, held] of byItem) for (const t of held) order.set(`${item}:${templates[t]!}`, order.size);
	return {
		templates: templates.join(' '),
		cards: [...byItem].map(([item, held]) => `${item}:${held.map(templateChar).join('')}`).join(' '),
		decks: decks.map(({ cardIds, ...deck }) => {
			const bits = new Uint8Array(Math.ceil(order.size / 8));
			for (const id of cardIds) {
				const i = order.get(id)!;
				bits[i >> 3]! |= 1 << (i & 7);
			}
			return { ...deck, members: btoa(String.fromCharCode(...bits)) };
		})
	};
}

/** The decks `packDecks` packed, each with its card ids in the packed order (item by item). */
export function unpackDecks(packed: PackedDecks): DeckCards[] {
	const templates = packed.templates === '' ? [] : packed.templates.split(' ');
	const ids: string[] = [];
	if (packed.cards !== '')
		for (const entry of packed.cards.split(' ')) {
			const at = entry.lastIndexOf(':');
			const item = entry.slice(0, at + 1);
			for (let c = at + 1; c < entry.length; c++) ids.push(item + templates[entry.charCodeAt(c) - 48]!);
		}
	return packed.decks.map(({ members, ...deck }) => {
		const bits = atob(members);
		const cardIds = ids.filter((_, i) => (bits.charCodeAt(i >> 3) >> (i & 7)) & 1);
		return { ...deck, cardIds } as DeckCards;
	});
}
