import type { MemoryState } from './types';

/**
 * A never-studied card, due at `now` (epoch ms): ts-fsrs's empty card, written out so that pages
 * which only count new cards do not load the scheduler.
 */
export function newMemoryState(now: number): MemoryState {
	return {
		due: now,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: 0
	};
}
