import { allDecks } from '$lib/content/catalog';
import { builtInDeckItems } from '$lib/content/deck-items';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * Every built-in deck, plus "all" for the catch-up session across decks, "custom" for an imported
 * deck (`?deck=<id>`) and "simulator" for the words met in the simulator; both live only in this browser.
 */
export const entries: EntryGenerator = () => [
	{ deck: 'all' },
	{ deck: 'custom' },
	{ deck: 'simulator' },
	{ deck: 'word' },
	...allDecks().map((d) => ({ deck: d.id }))
];

/**
 * A built-in deck comes with its own items, so its first card shows without downloading the whole
 * course; the other sessions read the course in the browser.
 */
export const load: PageServerLoad = ({ params }) => ({
	deckId: params.deck,
	builtIn: builtInDeckItems(params.deck)
});
