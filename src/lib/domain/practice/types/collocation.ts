/** What every question about a collocation shares: its card, its meaning and its explanation. */
import { drillCardId } from '../../cards/card-id';
import type { Explanation } from '../questions';
import type { DrillSource } from '../sources';

/** The collocation with its meaning and the author's note. */
export function explain(d: DrillSource): Explanation {
	return { zh: d.zh, pinyin: d.pinyin, en: d.note ? `${d.en}. ${d.note}` : d.en };
}

/** The card, item, word and meaning of a collocation's question. */
export function collocationBase(d: DrillSource) {
	return { cardId: drillCardId(d.id), itemId: d.id, entryId: d.entryId, en: d.en, explanation: explain(d) };
}
