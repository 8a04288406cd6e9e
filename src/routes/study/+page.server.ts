import { deckCards, packDecks } from '$lib/content/card-index';
import { allDecks } from '$lib/content/catalog';
import studyItems from '$lib/content/generated/study-items.json';
import type { StudyItem } from '$lib/content/types';
import type { PageServerLoad } from './$types';

/**
 * The built-in decks' names and card ids, known at build time, so the list shows before any progress
 * is read and counting it needs no course download.
 */
export const load: PageServerLoad = () => {
	const items = new Map((studyItems as unknown as StudyItem[]).map((i) => [i.id, i]));
	return { decks: packDecks(allDecks().map((deck) => deckCards(deck, items))) };
};
