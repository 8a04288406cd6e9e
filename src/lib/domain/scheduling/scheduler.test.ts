import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { applyGrade, intervalOf, previewIntervals, retrievability } from './scheduler';
import { newMemoryState } from './new-card';
import { DAY, HOUR, MINUTE, T0, settings, studied } from './test-factories';
import { GRADES } from './types';

describe('newMemoryState', () => {
	it('is a new card due straight away and never reviewed', () => {
		const memory = newMemoryState(T0);
		expect(memory).toMatchObject({ state: 0, due: T0, reps: 0, lapses: 0 });
		expect(memory.last_review).toBeUndefined();
	});
});

describe('applyGrade', () => {
	it('Good on a new card starts the 10-minute learning step', () => {
		const memory = applyGrade(newMemoryState(T0), 3, T0, settings());
		expect(memory.state).toBe(1);
		expect(memory.due).toBe(T0 + 10 * MINUTE);
		expect(memory.last_review).toBe(T0);
	});

	it('Good twice graduates a new card to review, due in days', () => {
		const memory = studied([3, 3]);
		expect(memory.state).toBe(2);
		expect(memory.due - (memory.last_review ?? 0)).toBeGreaterThanOrEqual(DAY);
	});

	it('a card graded Good twice is due later than once', () => {
		const once = studied([3, 3]);
		const twice = studied([3, 3, 3]);
		expect(twice.due - (twice.last_review ?? 0)).toBeGreaterThan(once.due - (once.last_review ?? 0));
	});

	it('Again on a review card puts it in relearning and due within 10 minutes', () => {
		const review = studied([3, 3, 3]);
		const at = review.due;
		const lapsed = applyGrade(review, 1, at, settings());
		expect(lapsed.state).toBe(3);
		expect(lapsed.lapses).toBe(review.lapses + 1);
		expect(lapsed.due - at).toBeLessThanOrEqual(10 * MINUTE);
		expect(lapsed.stability).toBeLessThan(review.stability);
	});

	it('never schedules past the maximum interval, even on Easy', () => {
		const capped = settings({ maximumIntervalDays: 30 });
		const memory = studied([4, 4, 4, 4, 4, 4], T0, capped);
		expect(memory.scheduled_days).toBe(30);
		expect(memory.due - (memory.last_review ?? 0)).toBe(30 * DAY);
		const preview = previewIntervals(memory, memory.due, capped);
		for (const grade of GRADES) expect(preview[grade].due - memory.due).toBeLessThanOrEqual(30 * DAY);
	});

	it('is deterministic with fuzz on: the same answer at the same time gives the same card', () => {
		const fuzzy = settings({ enableFuzz: true });
		const review = studied([3, 3, 3, 3], T0, fuzzy);
		const at = review.due + 2 * DAY;
		expect(applyGrade(review, 3, at, fuzzy)).toEqual(applyGrade(review, 3, at, fuzzy));
	});

	it('fuzz spreads long intervals, so cards learnt together do not all come back together', () => {
		const fuzzy = settings({ enableFuzz: true });
		const review = studied([3, 3, 3, 3], T0, fuzzy);
		const dues = new Set(
			Array.from(
				{ length: 20 },
				(_, i) => applyGrade(review, 3, review.due + i * MINUTE, fuzzy).scheduled_days
			)
		);
		expect(dues.size).toBeGreaterThan(1);
	});

	it('does not change the state it was given', () => {
		const before = studied([3, 3]);
		const copy = structuredClone(before);
		applyGrade(before, 1, before.due, settings());
		expect(before).toEqual(copy);
	});
});

describe('previewIntervals', () => {
	it('shows the learning steps on a new card: Again 1m, Hard 6m, Good 10m, Easy in days', () => {
		const preview = previewIntervals(newMemoryState(T0), T0, settings());
		expect(preview[1].interval).toEqual({ unit: 'minute', count: 1 });
		expect(preview[2].interval).toEqual({ unit: 'minute', count: 6 });
		expect(preview[3].interval).toEqual({ unit: 'minute', count: 10 });
		expect(preview[4].interval).toMatchObject({ unit: 'day' });
	});

	it('intervals on the four buttons increase Again < Hard < Good < Easy for a review card', () => {
		const review = studied([3, 3, 3]);
		const preview = previewIntervals(review, review.due, settings());
		const dues = GRADES.map((grade) => preview[grade].due);
		expect(dues).toEqual([...dues].sort((a, b) => a - b));
		expect(new Set(dues).size).toBe(4);
	});

	it('predicts exactly what applyGrade then does', () => {
		const fuzzy = settings({ enableFuzz: true });
		const review = studied([3, 3, 3, 3], T0, fuzzy);
		const at = review.due + 3 * HOUR;
		const preview = previewIntervals(review, at, fuzzy);
		for (const grade of GRADES) expect(applyGrade(review, grade, at, fuzzy).due).toBe(preview[grade].due);
	});
});

describe('retrievability', () => {
	it('is 0 for a card never studied', () => {
		expect(retrievability(newMemoryState(T0), T0 + DAY)).toBe(0);
	});

	it('is certain just after a review and falls as time passes', () => {
		const review = studied([3, 3, 3]);
		const seen = review.last_review ?? 0;
		const values = [0, 1, 10, 100].map((days) => retrievability(review, seen + days * DAY));
		expect(values[0]).toBeCloseTo(1, 5);
		expect(values).toEqual([...values].sort((a, b) => b - a));
		for (const r of values) expect(r).toBeGreaterThan(0);
	});

	it('is about the desired retention when the card falls due', () => {
		const review = studied([3, 3, 3]);
		expect(retrievability(review, review.due)).toBeCloseTo(0.9, 1);
	});

	it("follows the learner's fitted parameters, for scheduling and for the curve", () => {
		// A steeper decay (the last parameter) forgets faster between reviews at the same stability.
		const weights = [...default_w.slice(0, 20), 0.6];
		const review = studied([3, 3, 3]);
		const later = (review.last_review ?? 0) + 30 * DAY;
		expect(retrievability(review, later, weights)).toBeLessThan(retrievability(review, later));
		const fitted = { ...settings(), weights: [...default_w.slice(0, 2), 20, ...default_w.slice(3)] };
		const seen = applyGrade(newMemoryState(T0), 3, T0, { ...fitted, learningSteps: [] });
		const plain = applyGrade(newMemoryState(T0), 3, T0, { ...settings(), learningSteps: [] });
		expect(seen.due).toBeGreaterThan(plain.due);
	});
});

describe('intervalOf', () => {
	const under = { unit: 'underMinute' };
	it.each([
		[0, under],
		[20_000, under],
		[MINUTE, { unit: 'minute', count: 1 }],
		[10 * MINUTE, { unit: 'minute', count: 10 }],
		[59 * MINUTE + 50_000, { unit: 'hour', count: 1 }],
		[90 * MINUTE, { unit: 'hour', count: 1.5 }],
		[23.99 * HOUR, { unit: 'day', count: 1 }],
		[DAY, { unit: 'day', count: 1 }],
		[29 * DAY, { unit: 'day', count: 29 }],
		[29.6 * DAY, { unit: 'month', count: 1 }],
		[105 * DAY, { unit: 'month', count: 3.5 }],
		[340 * DAY, { unit: 'month', count: 11.3 }],
		[359 * DAY, { unit: 'year', count: 1 }],
		[365 * DAY, { unit: 'year', count: 1 }],
		[438 * DAY, { unit: 'year', count: 1.2 }]
	])('shows %d ms as %o', (ms, interval) => {
		expect(intervalOf(ms)).toEqual(interval);
	});

	it('shows a time already past as under a minute', () => {
		expect(intervalOf(-5 * MINUTE)).toEqual(under);
	});
});
