/** Builds quiz questions from the content's curated learner errors and word-choice situations. */
import { quizCardId } from '../cards/card-id';
import { withAnswer } from '../drills/generate';
import type { ChoiceQuestion, Question, QuizType, TapQuestion, TypedQuestion } from '../drills/questions';
import type { Random } from '../drills/random';
import type { QuizSource } from '../drills/sources';

function base(q: QuizSource) {
	return {
		cardId: quizCardId(q.id),
		itemId: q.id,
		entryId: q.entryId,
		kind: q.kind,
		explanation: { zh: q.fixed[0] ?? q.right, en: q.explanation }
	};
}

/** "Tap the wrong word", for errors that are one word in the sentence. */
export function spotError(q: QuizSource): TapQuestion | null {
	if (q.errorToken === undefined) return null;
	return { ...base(q), type: 'spot-error', mode: 'tap', tokens: q.tokens, answer: q.errorToken };
}

/** "Which sentence is correct?": the least-changed correction against the wrong sentence. */
export function chooseCorrect(q: QuizSource, random: Random): ChoiceQuestion {
	return {
		...base(q),
		type: 'choose-correct',
		mode: 'choose',
		...withAnswer(q.fixed[0] ?? q.right, [q.wrong], random)
	};
}

/** "Correct the sentence", typed; any of the content's corrections counts. */
export function correctSentence(q: QuizSource): TypedQuestion | null {
	if (!q.typeable) return null;
	return {
		...base(q),
		type: 'correct-sentence',
		mode: 'type',
		script: 'hanzi',
		sentence: q.wrong,
		accepted: q.fixed
	};
}

/** The quiz types a mistake pair can be asked through. */
export function quizTypesFor(q: QuizSource): QuizType[] {
	return [
		...(q.errorToken !== undefined ? (['spot-error'] as const) : []),
		'choose-correct' as const,
		...(q.typeable ? (['correct-sentence'] as const) : [])
	];
}

/** One quiz question of the given type; falls back to choosing the correct sentence. */
export function quizQuestion(q: QuizSource, type: QuizType, random: Random): Question {
	if (type === 'spot-error') return spotError(q) ?? chooseCorrect(q, random);
	if (type === 'correct-sentence') return correctSentence(q) ?? chooseCorrect(q, random);
	return chooseCorrect(q, random);
}
