/** "Correct the sentence", typed; any of the content's corrections counts. */
import { gradeTyped } from '../grading';
import type { QuestionTypeSpec } from '../question-type';
import type { TypedQuestion } from '../questions';
import type { QuizSource } from '../sources';
import { mistakeBase } from './mistake';

export function correctSentence(q: QuizSource): TypedQuestion | null {
	if (!q.typeable) return null;
	return {
		...mistakeBase(q),
		type: 'correct-sentence',
		mode: 'type',
		script: 'hanzi',
		sentence: q.wrong,
		accepted: q.fixed
	};
}

export const CORRECT_SENTENCE: QuestionTypeSpec<'quiz'> = {
	from: 'quiz',
	modes: ['type'],
	asks: ({ quiz }) => quiz.typeable,
	build: ({ quiz }) => correctSentence(quiz),
	grade: gradeTyped(false)
};
