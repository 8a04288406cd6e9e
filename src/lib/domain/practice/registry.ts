/**
 * Every question type practice can ask, in one registry: what each is made from, when it applies,
 * how it is built and how it is graded. A new type is a file in types/ and a line here.
 */
import { ResponseError } from './grading';
import type {
	AnyQuestionTypeSpec,
	Material,
	MaterialFrom,
	MaterialOf,
	QuestionTypeSpec
} from './question-type';
import type { Graded, Question, QuestionType, Response } from './questions';
import type { Random } from './random';
import { BUILD_SENTENCE } from './types/build-sentence';
import { CHOOSE_COLLOCATE } from './types/choose-collocate';
import { CHOOSE_CORRECT } from './types/choose-correct';
import { CHOOSE_MEASURE } from './types/choose-measure';
import { CORRECT_SENTENCE } from './types/correct-sentence';
import { FILL_GAP } from './types/fill-gap';
import { MATCH } from './types/match';
import { ODD_ONE_OUT } from './types/odd-one-out';
import { PICK_REGISTER, RIGHT_WORD } from './types/situation';
import { SPOT_ERROR } from './types/spot-error';
import { WORD_MEANING } from './types/word-meaning';
import { WORD_PINYIN } from './types/word-pinyin';

/** The registry; for one material, types are offered in this order (a notebook retry rotates through them). */
export const QUESTION_TYPES: { readonly [T in QuestionType]: AnyQuestionTypeSpec } = {
	'choose-collocate': CHOOSE_COLLOCATE,
	'fill-gap': FILL_GAP,
	'build-sentence': BUILD_SENTENCE,
	match: MATCH,
	'odd-one-out': ODD_ONE_OUT,
	'choose-measure': CHOOSE_MEASURE,
	'pick-register': PICK_REGISTER,
	'spot-error': SPOT_ERROR,
	'choose-correct': CHOOSE_CORRECT,
	'correct-sentence': CORRECT_SENTENCE,
	'right-word': RIGHT_WORD,
	'word-pinyin': WORD_PINYIN,
	'word-meaning': WORD_MEANING
};

/** What a type falls back to when its build finds it cannot make a question from the material after all. */
const FALLBACK: { readonly [F in MaterialFrom]: QuestionType } = {
	drill: 'choose-collocate',
	quiz: 'choose-correct',
	situation: 'right-word',
	word: 'word-meaning'
};

const ENTRIES = Object.entries(QUESTION_TYPES) as [QuestionType, AnyQuestionTypeSpec][];

function specFor<F extends MaterialFrom>(type: QuestionType, m: MaterialOf<F>): QuestionTypeSpec<F> | null {
	const spec = QUESTION_TYPES[type];
	return spec.from === m.from ? (spec as QuestionTypeSpec<F>) : null;
}

/** The types this material can be asked through, in registry order. */
export function typesFor(m: Material): QuestionType[] {
	return ENTRIES.filter(([type]) => specFor(type, m)?.asks(m) === true).map(([type]) => type);
}

/** A question of the given type, or of the material's fallback type when this one cannot be built. */
export function buildQuestion(type: QuestionType, m: Material, random: Random): Question {
	const built = specFor(type, m)?.build(m, random) ?? null;
	if (built) return built;
	const fallback = specFor(FALLBACK[m.from], m)?.build(m, random);
	// Every fallback type builds from any material of its kind, so this is a bug, not bad content.
	if (!fallback) throw new Error(`no question for ${m.from} material`);
	return fallback;
}

/** Grades a response with its question's own grader; every card the question covers gets an outcome. */
export function gradeResponse(q: Question, r: Response): Graded {
	if (q.mode !== r.mode) throw new ResponseError(`a ${r.mode} response to a ${q.mode} question`);
	return QUESTION_TYPES[q.type].grade(q, r);
}
