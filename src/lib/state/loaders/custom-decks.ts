/** The learner's imported decks as sessions and the browser read them; none while nothing is stored. */
import type { CustomDeckStudy } from '$lib/data/custom-deck-repository';
import { nothingStored } from './nothing-stored';

export async function customDecksForStudy(): Promise<CustomDeckStudy[]> {
	if (await nothingStored()) return [];
	return (await import('$lib/data/custom-deck-repository')).customDecksForStudy();
}
