/**
 * The practice content as the drill and quiz generators read it. scripts/content/practice-outputs.ts
 * compiles it from the YAML entries; domain code only reads it.
 */

/** The kinds of error the mistake notebook sorts by. */
export const MISTAKE_KINDS = [
	'tone',
	'collocation',
	'near-synonym',
	'register',
	'word-order',
	'meaning',
	'move',
	'fact'
] as const;
export type MistakeKind = (typeof MISTAKE_KINDS)[number];

type Level = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

/** A collocation with a slot a drill asks for: `before` + `slot` + `after` is the collocation. */
export interface DrillSource {
	/** the collocation id, e.g. "kehu-guanxi.colloc.weihu" */
	id: string;
	entryId: string;
	/** the entries this collocation belongs to: its own, and its partner's when it names one */
	words: string[];
	level: Level;
	zh: string;
	pinyin: string;
	en: string;
	before: string;
	slot: string;
	/** syllables of the slot, with tone marks */
	slotPinyin: string[];
	after: string;
	/** what a typed answer may be: the slot and the words the author marks as equally right */
	accepted: string[];
	/** every filler the content teaches for this frame, the slot itself first; never a distractor */
	valid: string[];
	/**
	 * the fillers of `valid` taught in collocations of this one's type (verb + object, modifier …),
	 * the slot first: the words that fill the gap in the same role, as "which does not fit" shows them
	 */
	sameRole: string[];
	/** words learners wrongly put in the slot; never in `valid` */
	wrong: string[];
	/** why the wrong ones are wrong, when the author says */
	note?: string;
	/** a measure-word item: `before` is 一, the slot the measure word, `after` the noun */
	measure?: boolean;
	/** a sentence using the collocation, as ordered tiles; one tile is exactly the slot */
	sentence?: { tiles: string[]; gap: number; en: string };
}

/** A situation with one right word or phrase, for "pick the register" and "the right word" items. */
export interface SituationSource {
	id: string;
	entryId: string;
	/** 'register' items are drills; 'word' items are quizzes */
	kind: 'register' | 'word';
	level: Level;
	/** the situation, in English */
	situation: string;
	answer: string;
	wrong: string[];
	explanation: string;
}

/** A curated learner error. `fixed` is the minimal correction; the `tokens` join to `wrong`. */
export interface QuizSource {
	id: string;
	entryId: string;
	kind: MistakeKind;
	level: Level;
	wrong: string;
	right: string;
	explanation: string;
	/** sentences that correct `wrong`; the first changes the least */
	fixed: string[];
	/** whether the correction is small enough to ask the learner to type */
	typeable: boolean;
	/** the wrong sentence split into words, for "tap the wrong word" */
	tokens: string[];
	/** index in `tokens` of the wrong word; absent when the error is a missing word or an order */
	errorToken?: number;
}

/** A word the learner studies on cards, for notebook retries of card mistakes. */
export interface WordSource {
	id: string;
	hanzi: string;
	pinyin: string[];
	/** word-joined pinyin for display; syllables joined by spaces when absent */
	reading?: string;
	gloss: string;
}

export interface PracticeContent {
	drills: DrillSource[];
	situations: SituationSource[];
	quizzes: QuizSource[];
}
