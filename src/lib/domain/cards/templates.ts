import type { ItemSource } from './items';

/**
 * How a card shows an item: recognition (hanzi → meaning), recall (meaning → hanzi), pinyin (type
 * the pinyin), listening (audio → meaning), cloze (fill the gap in an example sentence).
 */
export const TEMPLATES = ['recognition', 'recall', 'pinyin', 'listening', 'cloze'] as const;
export type Template = (typeof TEMPLATES)[number];

/** Whether a string names a template. */
export function isTemplate(value: string): value is Template {
	return (TEMPLATES as readonly string[]).includes(value);
}

/** Whether some example sentence contains the item's hanzi, so a cloze card has a gap to show. */
function hasClozeExample(item: ItemSource): boolean {
	return item.hanzi !== '' && item.examples.some((e) => e.zh.includes(item.hanzi));
}

/**
 * The templates an item is studied through, in TEMPLATES order. Words get all five (cloze only with
 * an example to blank). Collocations get recognition, recall and pinyin: a collocation is the
 * sentence fragment a cloze would blank, and listening to it adds little over its words. Mistake pairs
 * get recognition only (choose the right sentence).
 */
export function templatesFor(item: ItemSource): Template[] {
	switch (item.kind) {
		case 'word':
			return TEMPLATES.filter((t) => t !== 'cloze' || hasClozeExample(item));
		case 'collocation':
			return ['recognition', 'recall', 'pinyin'];
		case 'mistake':
			return ['recognition'];
	}
}
