/** CEFR levels, easiest first. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** What an item is: a word entry, a collocation, or a mistake pair (a wrong and a right sentence). */
export type ItemKind = 'word' | 'collocation' | 'mistake';

/** An example sentence at a CEFR level. */
export type ItemExample = { level: CefrLevel; zh: string; en: string };

/**
 * The least the learning model needs to know about something learnable. Content maps its own types to
 * this, so the domain never imports content.
 */
export type ItemSource = {
	/** Stable content id ("kehu-guanxi", "kehu-guanxi.colloc.weihu"); never contains ':'. */
	id: string;
	kind: ItemKind;
	hanzi: string;
	/** Syllables with tone marks (["kè", "hù"]). */
	pinyin: string[];
	gloss: string;
	level: CefrLevel;
	examples: ItemExample[];
};

/** How many levels apart two CEFR levels are (A2 → B1 is 1, B1 → A2 is -1). */
export function levelDistance(from: CefrLevel, to: CefrLevel): number {
	return CEFR_LEVELS.indexOf(to) - CEFR_LEVELS.indexOf(from);
}
