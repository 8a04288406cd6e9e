/** What the card browser lists: every deck's cards and every other stored card, with their items. */
import type { BrowseItem } from '$lib/content/card-index';
import { loadCardIndex } from '$lib/content/card-index-file';
import type { CardRow } from '$lib/data/db';
import type { BrowseCard } from '$lib/domain/browser/card-query';
import { buildSearchIndex, type SearchIndex } from '$lib/domain/browser/search-index';
import { parseCardId } from '$lib/domain/cards/card-id';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import { customDecksForStudy } from './custom-decks';
import { loadStudySettings } from './study-settings';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import type { DeckName } from '../i18n/deck-title';

export interface BrowserDeck {
	id: string;
	name: DeckName;
	cardIds: ReadonlySet<string>;
}

/** The decks, their items and cards, and the text search over the items: read once per visit. */
export interface BrowseCatalog {
	decks: BrowserDeck[];
	items: ReadonlyMap<string, BrowseItem>;
	/** every deck's card ids, once each, in deck order */
	ids: string[];
	search: SearchIndex;
}

/** One card as the browser lists it, or null when its id cannot be read. */
export function browseCard(
	id: string,
	row: CardRow | undefined,
	items: ReadonlyMap<string, BrowseItem>,
	now: number
): BrowseCard | null {
	let ref;
	try {
		ref = parseCardId(id);
	} catch {
		return null;
	}
	const item = items.get(ref.itemId);
	return {
		id,
		itemId: ref.itemId,
		template: ref.template,
		hanzi: item?.hanzi ?? ref.itemId,
		pinyin: item?.pinyin ?? [],
		gloss: item?.gloss ?? '',
		level: item?.level ?? null,
		memory: row ?? newMemoryState(now),
		suspended: row?.suspended === 1,
		buriedUntil: row?.buriedUntil ?? 0
	};
}

/** Cards for `ids` with their rows (aligned), skipping ids that cannot be read. */
export function browseCards(
	ids: readonly string[],
	rows: readonly (CardRow | undefined)[],
	items: ReadonlyMap<string, BrowseItem>,
	now: number
): BrowseCard[] {
	return ids.flatMap((id, i) => browseCard(id, rows[i], items, now) ?? []);
}

/** Reads the card index, the custom decks and the settings; no card rows. */
export async function loadBrowseCatalog(): Promise<{ catalog: BrowseCatalog; settings: SchedulerSettings }> {
	const [index, custom, settings] = await Promise.all([
		loadCardIndex(),
		customDecksForStudy(),
		loadStudySettings()
	]);
	const items = new Map<string, BrowseItem>([
		...index.items.map((i) => [i.id, i] as const),
		...custom.flatMap((d) => d.items.map((i) => [i.id, i] as const))
	]);
	const decks: BrowserDeck[] = [
		...index.decks.map(({ cardIds, ...name }) => ({ id: name.id, name, cardIds: new Set(cardIds) })),
		...custom.map((d) => ({
			id: `custom.${d.id}`,
			name: { kind: 'named' as const, title: d.title },
			cardIds: new Set(d.cardIds)
		}))
	];
	const ids = [...new Set(decks.flatMap((d) => [...d.cardIds]))];
	const search = buildSearchIndex(
		[...items.values()].map((i) => ({
			itemId: i.id,
			hanzi: i.hanzi,
			pinyin: i.pinyin,
			gloss: i.gloss,
			level: i.level
		}))
	);
	return { catalog: { decks, items, ids, search }, settings };
}
