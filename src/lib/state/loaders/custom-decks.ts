/** The learner's imported decks as sessions and the browser read them; none while nothing is stored. */
import type { CustomDeckStudy } from '$lib/data/custom-deck-repository';
import { storedOr } from './nothing-stored';

export function customDecksForStudy(): Promise<CustomDeckStudy[]> {
	return storedOr([], async () => (await import('$lib/data/custom-deck-repository')).customDecksForStudy());
}
