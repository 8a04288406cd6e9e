import type { ItemSource } from './items';

/**
 * How a card shows an item: recognition (hanzi → meaning), recall (meaning → hanzi), pinyin (type
 * the pinyin), listening (audio → meaning), cloze (fill the gap in an example sentence).
 */
export const TEMPLATES = ['recognition', 'recall', 'pinyin', 'listening', 'cloze'] as const;
export type CardTemplate = (typeof TEMPLATES)[number];

/**
 * Exercises outside the review deck keep their own FSRS state per item: a collocation drill
 * (`…colloc.weihu:drill`), a mistake quiz (`…mistake.zuo:quiz`) and a simulator mission
 * (`mission.rfm-count:mission`).
 */
export const EXERCISE_TEMPLATES = ['drill', 'quiz', 'mission'] as const;
export type ExerciseTemplate = (typeof EXERCISE_TEMPLATES)[number];

export type Template = CardTemplate | ExerciseTemplate;

/** Whether a template is one the review deck shows (not a drill, quiz or mission). */
export function isCardTemplate(value: string): value is CardTemplate {
	return (TEMPLATES as readonly string[]).includes(value);
}

/** Whether a string names a template, either a card template or an exercise. */
export function isTemplate(value: string): value is Template {
	return ([...TEMPLATES, ...EXERCISE_TEMPLATES] as readonly string[]).includes(value);
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
export function templatesFor(item: ItemSource): CardTemplate[] {
	switch (item.kind) {
		case 'word':
			return TEMPLATES.filter((t) => t !== 'cloze' || hasClozeExample(item));
		case 'collocation':
			return ['recognition', 'recall', 'pinyin'];
		case 'mistake':
			return ['recognition'];
	}
}
