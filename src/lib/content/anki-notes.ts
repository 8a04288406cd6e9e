/** Study items as Anki notes, for exporting any deck. */
import type { AnkiNote } from '$lib/domain/decks/anki';
import type { StudyItem } from './types';

/** One note per item, in deck order; the item's kind and level become tags. */
export function ankiNotes(itemIds: readonly string[], items: ReadonlyMap<string, StudyItem>): AnkiNote[] {
	return itemIds.flatMap((id) => {
		const item = items.get(id);
		if (!item) return [];
		const english = item.kind === 'mistake' && item.wrong ? `${item.gloss} (✗ ${item.wrong})` : item.gloss;
		return [
			{ hanzi: item.hanzi, pinyin: item.pinyin, english, level: item.level, tags: [item.kind, item.level] }
		];
	});
}
