import { describe, expect, it } from 'vitest';
import { backlogDays, catchUpQueue, needsCatchUp } from './catch-up';
import { newMemoryState } from './new-card';
import { DAY, T0, queueCard, reviewMemory, settings } from './test-factories';

const NOW = T0 + 60 * DAY;

describe('backlogDays', () => {
	it('is the whole days needed to clear the backlog at the daily cap', () => {
		expect(backlogDays(0, 200)).toBe(0);
		expect(backlogDays(150, 200)).toBe(1);
		expect(backlogDays(600, 200)).toBe(3);
		expect(backlogDays(601, 200)).toBe(4);
	});

	it('is endless when no reviews are allowed per day', () => {
		expect(backlogDays(1, 0)).toBe(Infinity);
		expect(backlogDays(0, 0)).toBe(0);
	});
});

describe('needsCatchUp', () => {
	it('offers catch-up only when more than three days of reviews are waiting', () => {
		expect(needsCatchUp(600, settings())).toBe(false);
		expect(needsCatchUp(601, settings())).toBe(true);
		expect(needsCatchUp(61, settings({ reviewsPerDay: 20 }))).toBe(true);
	});
});

describe('catchUpQueue', () => {
	const cards = [
		// Same 10 days away; the weaker memory is the likelier to be forgotten.
		queueCard('strong', reviewMemory(NOW, 10, 8)),
		queueCard('weak', reviewMemory(NOW, 10, 2)),
		queueCard('middling', reviewMemory(NOW, 10, 4)),
		queueCard('not-due', reviewMemory(NOW, 1, 30)),
		queueCard('new', newMemoryState(T0)),
		queueCard('suspended', reviewMemory(NOW, 30, 1), { suspended: true }),
		queueCard('buried', reviewMemory(NOW, 30, 1), { buriedUntil: NOW + DAY })
	];

	it('puts the cards most likely forgotten first', () => {
		expect(catchUpQueue(cards, NOW, 10)).toEqual(['weak', 'middling', 'strong']);
	});

	it('ranks by how likely a card is forgotten, not by how overdue it is', () => {
		const fragile = queueCard('fragile', reviewMemory(NOW, 3, 0.5));
		const sturdyButLate = queueCard('sturdy-but-late', reviewMemory(NOW, 40, 30));
		expect(sturdyButLate.memory.due).toBeLessThan(fragile.memory.due);
		expect(catchUpQueue([sturdyButLate, fragile], NOW, 10)).toEqual(['fragile', 'sturdy-but-late']);
	});

	it('stops at the cap', () => {
		expect(catchUpQueue(cards, NOW, 2)).toEqual(['weak', 'middling']);
		expect(catchUpQueue(cards, NOW, 0)).toEqual([]);
	});

	it('leaves out cards not yet due, new, suspended and buried cards', () => {
		const ids = catchUpQueue(cards, NOW, 100);
		for (const id of ['not-due', 'new', 'suspended', 'buried']) expect(ids).not.toContain(id);
	});
});
