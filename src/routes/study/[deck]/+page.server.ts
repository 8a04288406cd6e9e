import { allDecks } from '$lib/content/catalog';
import studyItems from '$lib/content/generated/study-items.json';
import type { StudyItem } from '$lib/content/types';
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
export const load: PageServerLoad = ({ params }) => {
	const deck = allDecks().find((d) => d.id === params.deck);
	if (!deck) return { deckId: params.deck, builtIn: null };
	const items = new Map((studyItems as unknown as StudyItem[]).map((i) => [i.id, i]));
	return {
		deckId: params.deck,
		builtIn: { deck, items: deck.itemIds.flatMap((id) => items.get(id) ?? []) }
	};
};
