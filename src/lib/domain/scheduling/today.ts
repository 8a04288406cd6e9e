import type { CardState } from './types';

/** New cards introduced and review cards answered among today's answers, for the daily caps. */
export function doneToday(answers: readonly { cardId: string; stateBefore: CardState }[]): {
	newDoneToday: number;
	reviewsDoneToday: number;
} {
	return {
		newDoneToday: new Set(answers.filter((a) => a.stateBefore === 0).map((a) => a.cardId)).size,
		reviewsDoneToday: answers.filter((a) => a.stateBefore === 2).length
	};
}
