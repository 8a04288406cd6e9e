/** 一 _ 客户: the noun's usual measure word among a few classifiers it never takes. */
import { gradeChoice } from '../grading';
import { MEASURE_CHOICES } from '../measure';
import { withAnswer } from '../options';
import type { QuestionTypeSpec } from '../question-type';
import type { ChoiceQuestion } from '../questions';
import { shuffled, type Random } from '../random';
import type { DrillSource } from '../sources';
import { collocationBase } from './collocation';

export function chooseMeasure(d: DrillSource, random: Random): ChoiceQuestion {
	return {
		...collocationBase(d),
		type: 'choose-measure',
		kind: 'collocation',
		mode: 'choose',
		before: d.before,
		after: d.after,
		filled: d.slot,
		...withAnswer(d.slot, shuffled(d.wrong, random).slice(0, MEASURE_CHOICES), random)
	};
}

export const CHOOSE_MEASURE: QuestionTypeSpec<'drill'> = {
	from: 'drill',
	modes: ['choose'],
	asks: ({ drill }) => drill.measure === true,
	build: ({ drill }, random) => chooseMeasure(drill, random),
	grade: gradeChoice(true)
};
