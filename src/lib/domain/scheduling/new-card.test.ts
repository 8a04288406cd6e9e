import { createEmptyCard } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { newMemoryState } from './new-card';

describe('newMemoryState', () => {
	it('is the empty card ts-fsrs makes, field for field, at any time', () => {
		for (const now of [0, 1_700_000_000_000, Date.UTC(2026, 11, 2, 23, 59, 59, 999)]) {
			const { due, last_review, ...rest } = createEmptyCard(new Date(now));
			expect(last_review).toBeUndefined();
			expect(newMemoryState(now)).toEqual({ ...rest, due: due.getTime() });
		}
	});
});
