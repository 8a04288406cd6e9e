/** "Which word goes with 客户关系?": the slot among the words learners wrongly put there. */
import { gradeChoice } from '../grading';
import { withAnswer } from '../options';
import type { QuestionTypeSpec } from '../question-type';
import type { ChoiceQuestion } from '../questions';
import type { Random } from '../random';
import type { DrillSource } from '../sources';
import { collocationBase } from './collocation';

export function chooseCollocate(d: DrillSource, random: Random): ChoiceQuestion {
	return {
		...collocationBase(d),
		type: 'choose-collocate',
		kind: 'collocation',
		mode: 'choose',
		before: d.before,
		after: d.after,
		filled: d.slot,
		...withAnswer(d.slot, d.wrong, random)
	};
}

export const CHOOSE_COLLOCATE: QuestionTypeSpec<'drill'> = {
	from: 'drill',
	modes: ['choose'],
	asks: ({ drill }) => !drill.measure,
	build: ({ drill }, random) => chooseCollocate(drill, random),
	grade: gradeChoice(true)
};
