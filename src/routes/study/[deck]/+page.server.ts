import { allDecks } from '$lib/content/catalog';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Every built-in deck, plus "all" for the catch-up session across decks and "custom" for an imported
 * deck (`?deck=<id>`), which lives only in this browser.
 */
export const entries: EntryGenerator = () => [
	{ deck: 'all' },
	{ deck: 'custom' },
	...allDecks().map((d) => ({ deck: d.id }))
];

export const load: PageServerLoad = ({ params }) => ({ deckId: params.deck });
