/** The questions drills and quizzes ask, one shape per answer mode, and the learner's responses to them. */
import type { MistakeKind } from './sources';

export const DRILL_TYPES = [
	'choose-collocate',
	'match',
	'fill-gap',
	'build-sentence',
	'pick-register',
	'choose-measure',
	'odd-one-out'
] as const;
export const QUIZ_TYPES = ['spot-error', 'choose-correct', 'correct-sentence', 'right-word'] as const;
/** Retries of card mistakes from the notebook: a word's pinyin, or its meaning. */
export const RETRY_TYPES = ['word-pinyin', 'word-meaning'] as const;

export type DrillType = (typeof DRILL_TYPES)[number];
export type QuizType = (typeof QUIZ_TYPES)[number];
export type QuestionType = DrillType | QuizType | (typeof RETRY_TYPES)[number];

/** What the learner sees after answering: the Chinese, its pinyin, and why. */
export interface Explanation {
	zh: string;
	pinyin?: string;
	en: string;
}

interface Base {
	type: QuestionType;
	/** the card the answer is recorded on, e.g. "kehu-guanxi.colloc.weihu:drill" */
	cardId: string;
	itemId: string;
	entryId: string;
	/** the kind a wrong answer is filed under */
	kind: MistakeKind;
	/** English context: the meaning of the collocation, the situation, or the sentence */
	en?: string;
	explanation: Explanation;
}

/** A gap between `before` and `after`; `filled` is what the gap shows once answered. */
interface Gap {
	before?: string;
	after?: string;
	filled?: string;
}

/** Pick one option; `before` and `after` frame a gap, `sentence` shows a sentence to judge. */
export interface ChoiceQuestion extends Base, Gap {
	mode: 'choose';
	options: string[];
	answer: number;
	sentence?: string;
	/** the options' language when they are not Chinese (meanings in English) */
	optionLanguage?: 'en';
}

/** Type the answer in characters or in pinyin. */
export interface TypedQuestion extends Base, Gap {
	mode: 'type';
	script: 'hanzi' | 'pinyin';
	/** answers that count as right; for pinyin, the first one's syllables */
	accepted: string[];
	/** the expected syllables, for pinyin */
	syllables?: string[];
	sentence?: string;
}

/** Put tiles in order; `answer` is the sentence they make. */
export interface OrderQuestion extends Base {
	mode: 'order';
	tiles: string[];
	answer: string;
}

/** One pair of a match question: the slot, the frame it fills, and the card it belongs to. */
export interface MatchPair {
	cardId: string;
	itemId: string;
	slot: string;
	before: string;
	after: string;
}

/** Match each frame to a word; `valid[w][f]` says whether word w is right in frame f. */
export interface MatchQuestion extends Base {
	mode: 'match';
	pairs: MatchPair[];
	/** the words, shuffled; `answer[f]` is the index of the intended word for frame f */
	words: string[];
	answer: number[];
	valid: boolean[][];
}

/** Tap the wrong word among the tokens of a sentence. */
export interface TapQuestion extends Base {
	mode: 'tap';
	tokens: string[];
	answer: number;
}

export type Question = ChoiceQuestion | TypedQuestion | OrderQuestion | MatchQuestion | TapQuestion;

/** How a question is answered: by choosing, typing, ordering tiles, matching or tapping. */
export type AnswerMode = Question['mode'];

export type Response =
	| { mode: 'choose'; choice: number }
	| { mode: 'type'; text: string }
	| { mode: 'order'; order: number[] }
	| { mode: 'match'; pairs: number[] }
	| { mode: 'tap'; tap: number };

/** How one card fared; a question records one outcome per card it covers. */
export interface Outcome {
	cardId: string;
	correct: boolean;
	kind: MistakeKind;
	expected: string;
	given: string;
	/** what exactly went wrong, in a notation without words: "系 2→4", "✗ 客人" */
	note?: string;
}

export interface Graded {
	correct: boolean;
	outcomes: Outcome[];
	/** one line per problem, for the feedback panel */
	lines: string[];
}
