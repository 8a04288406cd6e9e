import { allDecks } from '$lib/content/catalog';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every built-in deck, "all" for the catch-up session across decks, and the learner's simulator words. */
export const entries: EntryGenerator = () => [
	{ deck: 'all' },
	{ deck: 'simulator' },
	...allDecks().map((d) => ({ deck: d.id }))
];

export const load: PageServerLoad = ({ params }) => ({ deckId: params.deck });
