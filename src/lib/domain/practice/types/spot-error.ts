/** "Tap the wrong word", for errors that are one word in the sentence. */
import { gradeTap } from '../grading';
import type { QuestionTypeSpec } from '../question-type';
import type { TapQuestion } from '../questions';
import type { QuizSource } from '../sources';
import { mistakeBase } from './mistake';

export function spotError(q: QuizSource): TapQuestion | null {
	if (q.errorToken === undefined) return null;
	return { ...mistakeBase(q), type: 'spot-error', mode: 'tap', tokens: q.tokens, answer: q.errorToken };
}

export const SPOT_ERROR: QuestionTypeSpec<'quiz'> = {
	from: 'quiz',
	modes: ['tap'],
	asks: ({ quiz }) => quiz.errorToken !== undefined,
	build: ({ quiz }) => spotError(quiz),
	grade: gradeTap
};
