// Test data builders for the stats tests.
import type { CardState } from '../scheduling/types';
import type { ReviewColumns, StatsCard } from './types';

export { BEIJING, DAY, HOUR, beijing } from '../scheduling/test-factories';

export interface AnswerSpec {
	/** epoch ms */
	at: number;
	grade?: 1 | 2 | 3 | 4;
	stateBefore?: CardState;
}

/** Review columns from a few answers; grade defaults to Good and stateBefore to Review. */
export function reviewColumns(answers: readonly AnswerSpec[]): ReviewColumns {
	return {
		reviewedAt: Float64Array.from(answers, (a) => a.at),
		grade: Uint8Array.from(answers, (a) => a.grade ?? 3),
		stateBefore: Uint8Array.from(answers, (a) => a.stateBefore ?? 2)
	};
}

/** A stored card; an unsuspended review card due at `due` unless told otherwise. */
export function aStatsCard(id: string, due: number, overrides: Partial<StatsCard> = {}): StatsCard {
	return { id, due, state: 2, stability: 10, suspended: 0, ...overrides };
}
