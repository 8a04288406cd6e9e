/** The deck of words the learner met in the simulator: built from their study list, not from the content. */
import type { DeckInfo, StudyItem } from '$lib/content/types';
import { studyTerms } from '$lib/data/simulator-repository';

export const SIMULATOR_DECK_ID = 'simulator';

/** The simulator deck, or null while the study list is empty. */
export async function simulatorDeck(items: ReadonlyMap<string, StudyItem>): Promise<DeckInfo | null> {
	const itemIds = (await studyTerms()).map((t) => t.entryId).filter((id) => items.has(id));
	if (itemIds.length === 0) return null;
	return {
		id: SIMULATOR_DECK_ID,
		kind: 'simulator',
		itemIds
	};
}
