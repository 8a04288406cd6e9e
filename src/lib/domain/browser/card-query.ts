/** The card browser's query: which cards match a search and filters, in the chosen order. */
import type { MemoryState } from '../scheduling/types';
import { buildSearchIndex, matchItems } from './search-index';

/** States the browser filters by; suspended, buried and leech cut across the FSRS states. */
export const BROWSE_STATES = [
	'new',
	'learning',
	'review',
	'relearning',
	'suspended',
	'buried',
	'leech'
] as const;
export type BrowseState = (typeof BROWSE_STATES)[number];

/** Orders the browser sorts by. */
export const BROWSE_SORTS = ['due', 'lapses', 'difficulty', 'stability'] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** One card as the browser lists it. */
export interface BrowseCard {
	id: string;
	itemId: string;
	template: string;
	hanzi: string;
	pinyin: readonly string[];
	gloss: string;
	/** CEFR level, or null when the item is not in the catalog (e.g. a mission) */
	level: string | null;
	memory: MemoryState;
	suspended: boolean;
	/** epoch ms; 0 when not buried */
	buriedUntil: number;
}

export interface BrowseQuery {
	/** hanzi, pinyin in any form, or English */
	text: string;
	/** card ids of the chosen deck; null for every deck */
	deck: ReadonlySet<string> | null;
	state: BrowseState | null;
	level: string | null;
	template: string | null;
	sort: BrowseSort;
	descending: boolean;
}

export const EMPTY_QUERY: BrowseQuery = {
	text: '',
	deck: null,
	state: null,
	level: null,
	template: null,
	sort: 'due',
	descending: false
};

/** Whether a card is in a browse state at `now` (epoch ms); `leechThreshold` is in lapses. */
export function inState(card: BrowseCard, state: BrowseState, now: number, leechThreshold: number): boolean {
	switch (state) {
		case 'suspended':
			return card.suspended;
		case 'buried':
			return card.buriedUntil > now;
		case 'leech':
			return card.memory.lapses >= leechThreshold;
		case 'new':
			return card.memory.state === 0;
		case 'learning':
			return card.memory.state === 1;
		case 'review':
			return card.memory.state === 2;
		case 'relearning':
			return card.memory.state === 3;
	}
}

/** The number each sort orders cards by. */
export const SORT_KEY: Record<BrowseSort, (m: MemoryState) => number> = {
	due: (m) => m.due,
	lapses: (m) => m.lapses,
	difficulty: (m) => m.difficulty,
	stability: (m) => m.stability
};

/** Item ids among the cards' items that match `text`, or null when there is no text. */
function matchingItems(cards: readonly BrowseCard[], text: string): Set<string> | null {
	return text.trim() === '' ? null : matchItems(buildSearchIndex(cards), text);
}

/** The cards that match `query` at `now` (epoch ms), sorted; ties keep the order given. */
export function queryCards(
	cards: readonly BrowseCard[],
	query: BrowseQuery,
	now: number,
	leechThreshold: number
): BrowseCard[] {
	const items = matchingItems(cards, query.text);
	const kept = cards.filter(
		(c) =>
			(items === null || items.has(c.itemId)) &&
			(query.deck === null || query.deck.has(c.id)) &&
			(query.state === null || inState(c, query.state, now, leechThreshold)) &&
			(query.level === null || c.level === query.level) &&
			(query.template === null || c.template === query.template)
	);
	const key = SORT_KEY[query.sort];
	const sign = query.descending ? -1 : 1;
	return kept
		.map((card, index) => ({ card, index, k: key(card.memory) }))
		.sort((a, b) => sign * (a.k - b.k) || a.index - b.index)
		.map((x) => x.card);
}
