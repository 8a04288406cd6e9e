/** The deck of words the learner met in the simulator: built from their study list, not from the content. */
import { deckCardIds, loadStudyContent } from '$lib/content/study';
import type { DeckInfo, StudyItem } from '$lib/content/types';
import type { StudyTermRow } from '$lib/data/db';
import { studyTerms } from '$lib/data/simulator-repository';
import { SIMULATOR_DECK_ID } from './deck-ids';

export { SIMULATOR_DECK_ID };

function deckOf(terms: readonly StudyTermRow[], items: ReadonlyMap<string, StudyItem>): DeckInfo | null {
	const itemIds = terms.map((t) => t.entryId).filter((id) => items.has(id));
	if (itemIds.length === 0) return null;
	return {
		id: SIMULATOR_DECK_ID,
		kind: 'simulator',
		itemIds
	};
}

/** The simulator deck, or null while the study list is empty. */
export async function simulatorDeck(items: ReadonlyMap<string, StudyItem>): Promise<DeckInfo | null> {
	return deckOf(await studyTerms(), items);
}

/**
 * The simulator deck with the ids of its cards, or null while the study list is empty; the course
 * content is downloaded only when the list has words in it.
 */
export async function simulatorDeckCards(): Promise<(DeckInfo & { cardIds: string[] }) | null> {
	const terms = await studyTerms();
	if (terms.length === 0) return null;
	const { items } = await loadStudyContent();
	const deck = deckOf(terms, items);
	return deck && { ...deck, cardIds: deckCardIds(deck, items) };
}
