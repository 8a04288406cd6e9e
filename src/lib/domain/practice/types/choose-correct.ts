/** "Which sentence is correct?": the least-changed correction against the wrong sentence. */
import { gradeChoice } from '../grading';
import { withAnswer } from '../options';
import type { QuestionTypeSpec } from '../question-type';
import type { ChoiceQuestion } from '../questions';
import type { Random } from '../random';
import type { QuizSource } from '../sources';
import { mistakeBase } from './mistake';

export function chooseCorrect(q: QuizSource, random: Random): ChoiceQuestion {
	return {
		...mistakeBase(q),
		type: 'choose-correct',
		mode: 'choose',
		...withAnswer(q.fixed[0] ?? q.right, [q.wrong], random)
	};
}

export const CHOOSE_CORRECT: QuestionTypeSpec<'quiz'> = {
	from: 'quiz',
	modes: ['choose'],
	asks: () => true,
	build: ({ quiz }, random) => chooseCorrect(quiz, random),
	grade: gradeChoice(false)
};
