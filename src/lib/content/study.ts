/**
 * Study content for the browser: items, decks and the card ids each deck holds. Loaded lazily, so
 * only study screens download it.
 */
import { cardId } from '$lib/domain/cards/card-id';
import { templatesFor } from '$lib/domain/cards/templates';
import type { DeckInfo, StudyItem } from './types';

export interface StudyContent {
	items: ReadonlyMap<string, StudyItem>;
	decks: readonly DeckInfo[];
}

let loading: Promise<StudyContent> | null = null;

/** The compiled study items and decks (downloaded once, then cached by the service worker). */
export function loadStudyContent(): Promise<StudyContent> {
	loading ??= Promise.all([import('./generated/study-items.json'), import('./generated/decks.json')]).then(
		([items, decks]) => ({
			items: new Map((items.default as unknown as StudyItem[]).map((i) => [i.id, i])),
			decks: decks.default as unknown as DeckInfo[]
		})
	);
	return loading;
}

/** The card ids of a deck, item by item in course order, each item through its templates. */
export function deckCardIds(deck: DeckInfo, items: ReadonlyMap<string, StudyItem>): string[] {
	return deck.itemIds.flatMap((id) => {
		const item = items.get(id);
		return item ? templatesFor(item).map((t) => cardId(id, t)) : [];
	});
}

/** The study content of one built-in deck alone: the deck and its items, as its page prerenders them. */
export function deckStudyContent(deck: DeckInfo, items: readonly StudyItem[]): StudyContent {
	return { items: new Map(items.map((i) => [i.id, i])), decks: [deck] };
}
