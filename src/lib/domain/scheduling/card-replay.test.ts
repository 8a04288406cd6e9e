import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { replayByCard, type ReviewLogColumns } from './replay';
import { grader } from './scheduler';
import { newMemoryState } from './new-card';
import { DAY, HOUR, MINUTE, T0, seededRandom, settings } from './test-factories';
import type { Grade, MemoryState, SchedulerSettings } from './types';

/** Waits between answers: the same millisecond, seconds, minutes, the same day, days, months, years. */
const WAITS = [0, 20_000, 3 * MINUTE, 2 * HOUR, DAY, 5 * DAY, 40 * DAY, 400 * DAY];

/** A shuffled log over `cards` cards, each with its own grade habit (always Again, always Easy, mixed…). */
function randomLog(cards: number, answers: number, seed: number): ReviewLogColumns {
	const next = seededRandom(seed);
	const habits: number[][] = [[1], [2], [3], [4], [1, 3], [1, 2, 3, 4], [3, 3, 3, 1], [2, 4]];
	const clock = Array.from({ length: cards }, () => T0 + Math.floor(next() * 200 * DAY));
	const habit = Array.from({ length: cards }, () => habits[Math.floor(next() * habits.length)]!);
	const card = new Uint32Array(answers);
	const grade = new Uint8Array(answers);
	const reviewedAt = new Float64Array(answers);
	for (let i = 0; i < answers; i++) {
		const c = Math.floor(next() * cards);
		const wait = WAITS[Math.floor(next() * WAITS.length)]!;
		clock[c]! += Math.floor(wait * (0.5 + next()));
		const grades = habit[c]!;
		card[i] = c;
		grade[i] = grades[Math.floor(next() * grades.length)]!;
		reviewedAt[i] = clock[c]!;
	}
	// Out of log order now and then, as after a merge: the replay sorts each card's answers.
	for (let i = 0; i + 1 < answers; i += 97) {
		const j = i + 1;
		[card[i], card[j]] = [card[j]!, card[i]!];
		[grade[i], grade[j]] = [grade[j]!, grade[i]!];
		[reviewedAt[i], reviewedAt[j]] = [reviewedAt[j]!, reviewedAt[i]!];
	}
	return { cardIds: Array.from({ length: cards }, (_, c) => `card-${c}`), card, grade, reviewedAt };
}

/** The replay as the grader does it, one MemoryState per answer: the reference the fast replay must equal. */
function replayWithGrader(
	log: ReviewLogColumns,
	options: SchedulerSettings,
	resetAt: (card: number) => number | undefined
): (MemoryState | undefined)[] {
	const grade = grader(options);
	const answers = Array.from(log.card, (c, i) => ({ c, i })).sort(
		(a, b) => log.reviewedAt[a.i]! - log.reviewedAt[b.i]! || a.i - b.i
	);
	const states = new Array<MemoryState | undefined>(log.cardIds.length);
	for (const { c, i } of answers) {
		const at = log.reviewedAt[i]!;
		const reset = resetAt(c);
		if (reset !== undefined && at < reset) continue;
		states[c] = grade(states[c] ?? newMemoryState(at), log.grade[i] as Grade, at);
	}
	return states;
}

const CONFIGS: [string, SchedulerSettings][] = [
	['defaults with fuzz', settings({ enableFuzz: true })],
	['defaults without fuzz', settings()],
	[
		'one step, none to relearn',
		settings({ enableFuzz: true, learningSteps: ['5m'], relearningSteps: [], desiredRetention: 0.85 })
	],
	[
		'day-long steps, a year at most',
		settings({
			enableFuzz: true,
			learningSteps: ['10m', '1d', '3d'],
			relearningSteps: ['1h', '2d'],
			maximumIntervalDays: 365,
			desiredRetention: 0.95
		})
	],
	[
		'no steps, a month at most',
		settings({
			enableFuzz: true,
			learningSteps: [],
			relearningSteps: [],
			maximumIntervalDays: 30,
			desiredRetention: 0.8
		})
	],
	[
		'fitted weights, high retention',
		settings({
			enableFuzz: true,
			desiredRetention: 0.97,
			weights: [...default_w.slice(0, 2), 20, ...default_w.slice(3)]
		})
	],
	[
		'low retention, steps in hours',
		settings({
			enableFuzz: true,
			desiredRetention: 0.7,
			learningSteps: ['1h', '6h'],
			relearningSteps: ['30m', '12h']
		})
	]
];

describe('replayByCard', () => {
	for (const [name, options] of CONFIGS) {
		it(`equals replaying each answer through the grader, field for field (${name})`, () => {
			const log = randomLog(2000, 30_000, name.length * 7919);
			// Some cards were reset to new partway through their history.
			const resets = new Map<number, number>();
			for (let c = 0; c < log.cardIds.length; c += 7) resets.set(c, T0 + 100 * DAY + c * HOUR);
			const resetAt = (c: number) => resets.get(c);
			const expected = replayWithGrader(log, options, resetAt);
			const actual = new Array<MemoryState | undefined>(log.cardIds.length);
			for (const [c, memory] of replayByCard(log, options, resetAt)) actual[c] = memory;
			for (let c = 0; c < log.cardIds.length; c++) expect(actual[c], `card ${c}`).toStrictEqual(expected[c]);
			// Every branch was taken: lapses, long intervals, and the cap on them.
			const answered = expected.filter((m) => m !== undefined);
			expect(answered.some((m) => m.lapses > 3)).toBe(true);
			expect(answered.some((m) => m.state === 1)).toBe(options.learningSteps.length > 0);
			expect(answered.some((m) => m.scheduled_days === options.maximumIntervalDays)).toBe(
				options.maximumIntervalDays < 400
			);
		});
	}

	it('passes answers the grader rejects to the grader, which throws as before', () => {
		const log: ReviewLogColumns = {
			cardIds: ['a'],
			card: new Uint32Array([0, 0]),
			grade: new Uint8Array([3, 7]),
			reviewedAt: new Float64Array([T0, T0 + DAY])
		};
		const options = settings();
		expect(() => [...replayByCard(log, options)]).toThrow();
		expect(() => grader(options)(grader(options)(newMemoryState(T0), 3, T0), 7 as Grade, T0 + DAY)).toThrow();
	});
});
