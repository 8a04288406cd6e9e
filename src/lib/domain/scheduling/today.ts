import type { CardState } from './types';

/**
 * New cards introduced and review cards answered among today's answers, for the daily caps. Only
 * answers in the study deck count (`source: 'review'`): drills, quizzes and missions keep their own
 * cards and must not use up the deck's limits.
 */
export function doneToday(answers: readonly { cardId: string; stateBefore: CardState; source?: string }[]): {
	newDoneToday: number;
	reviewsDoneToday: number;
} {
	const study = answers.filter((a) => (a.source ?? 'review') === 'review');
	return {
		newDoneToday: new Set(study.filter((a) => a.stateBefore === 0).map((a) => a.cardId)).size,
		reviewsDoneToday: study.filter((a) => a.stateBefore === 2).length
	};
}
