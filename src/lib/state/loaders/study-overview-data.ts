/** The study list's data: every deck the learner can study, with today's counts, read from the database. */
import { ankiNotes } from '$lib/content/anki-notes';
import { loadStudyContent } from '$lib/content/study';
import { customDecksForStudy, type CustomDeckStudy } from '$lib/data/custom-deck-repository';
import { loadDeckLimits, loadSchedulerSettings } from '$lib/data/settings-repository';
import { studyOverview, type StudyOverview as Counts } from '$lib/data/study-repository';
import type { AnkiNote } from '$lib/domain/decks/anki';
import { needsCatchUp } from '$lib/domain/scheduling/catch-up';
import type { DeckName } from '../i18n/deck-title';
import { SIMULATOR_DECK_ID, simulatorDeck, simulatorDeckCards } from './simulator-deck';

export { deleteCustomDeck } from '$lib/data/custom-deck-repository';

/** A built-in deck as the list shows it: what names it and the ids of the cards it holds. */
export type ListedDeck = Exclude<DeckName, { kind: 'named' }> & { id: string; cardIds: readonly string[] };

export interface StudyOverviewData {
	decks: ListedDeck[];
	custom: CustomDeckStudy[];
	counts: Counts;
	/** the due pile is big enough to offer a catch-up session */
	catchUp: boolean;
}

/**
 * Every deck the learner can study at `now` (epoch ms): the built-in ones known at build time, then
 * the simulator deck once the learner has met words there, and the learner's own decks.
 */
export async function loadStudyOverview(
	builtIn: readonly ListedDeck[],
	now: number
): Promise<StudyOverviewData> {
	const [settings, custom, simulator, limits] = await Promise.all([
		loadSchedulerSettings(),
		customDecksForStudy(),
		simulatorDeckCards(),
		loadDeckLimits()
	]);
	const decks = simulator ? [...builtIn, simulator] : [...builtIn];
	const counts = await studyOverview([...decks, ...custom], now, settings, limits);
	return { decks, custom, counts, catchUp: needsCatchUp(counts.dueReviews, settings) };
}

/** A built-in or simulator deck's words as Anki notes, or null when there is no such deck. */
export async function builtInDeckNotes(deckId: string): Promise<AnkiNote[] | null> {
	const content = await loadStudyContent();
	const deck =
		deckId === SIMULATOR_DECK_ID
			? await simulatorDeck(content.items)
			: content.decks.find((d) => d.id === deckId);
	return deck ? ankiNotes(deck.itemIds, content.items) : null;
}
