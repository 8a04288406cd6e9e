/** A built-in deck with its own study items, for pages prerendered with them (read at build time only). */
import { allDecks } from './catalog';
import studyItems from './generated/study-items.json';
import type { DeckInfo, StudyItem } from './types';

let byId: Map<string, StudyItem> | undefined;

/** The built-in deck `deckId` and its items in course order, or null when no built-in deck has that id. */
export function builtInDeckItems(deckId: string): { deck: DeckInfo; items: StudyItem[] } | null {
	const deck = allDecks().find((d) => d.id === deckId);
	if (!deck) return null;
	byId ??= new Map((studyItems as unknown as StudyItem[]).map((i) => [i.id, i]));
	const items = byId;
	return { deck, items: deck.itemIds.flatMap((id) => items.get(id) ?? []) };
}
