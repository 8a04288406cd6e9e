/** What a study session runs over: built-in decks from the content, custom ones from this browser. */
import type { StudyContent } from '$lib/content/study';
import { deckCardIds } from '$lib/content/study';
import type { DeckInfo, StudyItem } from '$lib/content/types';
import { cardIdsFor } from '$lib/domain/cards/card-id';
import type { DeckName } from '../i18n/deck-title';
import { SIMULATOR_DECK_ID, WORD_DECK_ID } from './deck-ids';
import { customDecksForStudy } from './custom-decks';

export { WORD_DECK_ID };

export interface StudyDeck {
	/** null for "all" (the catch-up session), which the page names itself */
	name: DeckName | null;
	items: ReadonlyMap<string, StudyItem>;
	/** in course order: the session itself puts the new cards the learner moved first or last */
	cardIds: string[];
	/** the id the deck's own daily limits are kept under; null for one word's cards and for "all" */
	limitsId: string | null;
}

/** A built-in deck with the ids of the cards it holds. */
export type BuiltInDeck = DeckInfo & { cardIds: string[] };

/**
 * The content's decks, then the simulator deck (from `simulatorDeck`) once the learner has met words there.
 * Synchronous, so a live query that awaits the simulator deck itself keeps tracking what it reads.
 */
export function builtInDecks(content: StudyContent, simulator: DeckInfo | null): BuiltInDeck[] {
	const decks = simulator ? [...content.decks, simulator] : content.decks;
	return decks.map((d) => ({ ...d, cardIds: deckCardIds(d, content.items) }));
}

/**
 * The deck `deckId` names: a built-in deck id, "custom" with the custom deck's id, "simulator" for
 * the words met in the simulator, "word" with an entry id for one word's cards, or "all" for every deck of both kinds. Null when there is no such deck.
 */
export async function loadStudyDeck(
	deckId: string,
	customId: string | null,
	content: StudyContent
): Promise<StudyDeck | null> {
	const custom = deckId === 'custom' || deckId === 'all' ? await customDecksForStudy() : [];
	if (deckId === 'custom') {
		const deck = custom.find((d) => d.id === customId);
		return deck
			? {
					name: { kind: 'named', title: deck.title },
					items: new Map(deck.items.map((i) => [i.id, i])),
					cardIds: deck.cardIds,
					limitsId: deck.id
				}
			: null;
	}
	if (deckId === WORD_DECK_ID) {
		const item = customId ? content.items.get(customId) : undefined;
		return item
			? {
					name: { kind: 'named', title: item.hanzi },
					items: content.items,
					cardIds: cardIdsFor(item),
					limitsId: null
				}
			: null;
	}
	// Only the simulator's own deck reads the simulator's study list; "all" means the content's decks.
	const built = builtInDecks(
		content,
		deckId === SIMULATOR_DECK_ID
			? await (await import('./simulator-deck')).simulatorDeck(content.items)
			: null
	);
	const decks = deckId === 'all' ? built : built.filter((d) => d.id === deckId);
	if (decks.length === 0) return null;
	const items = custom.length
		? new Map([...content.items, ...custom.flatMap((d) => d.items.map((i) => [i.id, i] as const))])
		: content.items;
	const cardIds = [...decks.flatMap((d) => d.cardIds), ...custom.flatMap((d) => d.cardIds)];
	return {
		name: deckId === 'all' ? null : (decks[0] ?? null),
		items,
		cardIds: [...new Set(cardIds)],
		limitsId: deckId === 'all' ? null : deckId
	};
}
