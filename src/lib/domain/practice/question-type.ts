/** What every question type in the registry provides: what it is made from, when it applies, its generator and its grader. */
import type { Grader } from './grading';
import type { AnswerMode, Question } from './questions';
import type { Random } from './random';
import type { DrillSource, QuizSource, SituationSource, WordSource } from './sources';

/** The content one question is made from. */
export type Material =
	/** a collocation with a slot, and the other collocations a match may pair it with */
	| { from: 'drill'; drill: DrillSource; pool: readonly DrillSource[] }
	/** a curated learner error */
	| { from: 'quiz'; quiz: QuizSource }
	/** a situation with one right word or phrase */
	| { from: 'situation'; situation: SituationSource }
	/** a word missed on a study card, retried from the notebook */
	| {
			from: 'word';
			word: WordSource;
			/** the card the mistake was made on, which the answer is recorded on */
			cardId: string;
			itemId: string;
			entryId: string;
			/** whether the word's mistakes include tones */
			tones: boolean;
			/** every study word, for distractors */
			words: readonly WordSource[];
	  };

export type MaterialFrom = Material['from'];
export type MaterialOf<F extends MaterialFrom> = Extract<Material, { from: F }>;

/** One question type: a registry entry. */
export interface QuestionTypeSpec<F extends MaterialFrom = MaterialFrom> {
	from: F;
	/** the answer modes its questions use (fill-gap chooses or types) */
	modes: readonly AnswerMode[];
	/** whether this material can be asked through this type */
	asks(m: MaterialOf<F>): boolean;
	/** a question, or null when this material cannot make one after all (too few partners for a match) */
	build(m: MaterialOf<F>, random: Random): Question | null;
	grade: Grader;
}

/** A registry entry of any material. */
export type AnyQuestionTypeSpec = { [F in MaterialFrom]: QuestionTypeSpec<F> }[MaterialFrom];
