/** What the card browser lists: every deck's cards and every other stored card, with their items. */
import { deckCardIds, loadStudyContent } from '$lib/content/study';
import type { StudyItem } from '$lib/content/types';
import { storedCardRows } from '$lib/data/card-browser-repository';
import { customDecksForStudy } from '$lib/data/custom-deck-repository';
import type { CardRow } from '$lib/data/db';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import type { BrowseCard } from '$lib/domain/browser/card-query';
import { parseCardId } from '$lib/domain/cards/card-id';
import { newMemoryState } from '$lib/domain/scheduling/scheduler';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';

export interface BrowserDeck {
	id: string;
	title: { en: string; zh: string };
	cardIds: ReadonlySet<string>;
}

/** Every card the learner could meet: the decks' cards and any other stored row, as the browser lists them. */
export function browseCards(
	ids: readonly string[],
	rows: readonly CardRow[],
	items: ReadonlyMap<string, StudyItem>,
	now: number
): BrowseCard[] {
	const stored = new Map(rows.map((r) => [r.id, r]));
	const all = [...new Set([...ids, ...stored.keys()])];
	const fresh = newMemoryState(now);
	return all.flatMap((id) => {
		let ref;
		try {
			ref = parseCardId(id);
		} catch {
			return [];
		}
		const row = stored.get(id);
		const item = items.get(ref.itemId);
		return [
			{
				id,
				itemId: ref.itemId,
				template: ref.template,
				hanzi: item?.hanzi ?? ref.itemId,
				pinyin: item?.pinyin ?? [],
				gloss: item?.gloss ?? '',
				level: item?.level ?? null,
				memory: row ?? fresh,
				suspended: row?.suspended === 1,
				buriedUntil: row?.buriedUntil ?? 0
			}
		];
	});
}

/** Reads the content, the custom decks, every stored card and the settings, at `now` (epoch ms). */
export async function loadBrowserData(now: number): Promise<{
	decks: BrowserDeck[];
	cards: { list: BrowseCard[]; now: number };
	settings: SchedulerSettings;
}> {
	const [content, custom, rows, settings] = await Promise.all([
		loadStudyContent(),
		customDecksForStudy(),
		storedCardRows(),
		loadSchedulerSettings()
	]);
	const items = new Map([...content.items, ...custom.flatMap((d) => d.items.map((i) => [i.id, i] as const))]);
	const decks: BrowserDeck[] = [
		...content.decks.map((d) => ({
			id: d.id,
			title: d.title,
			cardIds: new Set(deckCardIds(d, content.items))
		})),
		...custom.map((d) => ({
			id: `custom.${d.id}`,
			title: { en: d.title, zh: d.title },
			cardIds: new Set(d.cardIds)
		}))
	];
	const list = browseCards(
		decks.flatMap((d) => [...d.cardIds]),
		rows,
		items,
		now
	);
	return { decks, cards: { list, now }, settings };
}
