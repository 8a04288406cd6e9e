/**
 * A card's answers replayed with its memory held in local numbers. The replay of a whole log runs
 * a million answers; building a MemoryState, a memory pair per grade and a fuzz closure for each
 * answer cost most of its time. This follows fsrsStep (and so ts-fsrs) expression by expression,
 * with the values that depend only on the parameters worked out once, so its states equal the
 * grader's bit for bit; card-replay.test.ts checks that over random logs and settings. Answers
 * the grader would reject (a grade outside 1–4, time running backwards, a memory out of range) go
 * through the grader itself, so they fail or pass exactly as before.
 */
import { computeDecayFactor, S_MIN } from 'ts-fsrs';
import { aleaFirstOfAnswer } from './fsrs-step';
import { grader, schedulingFor } from './scheduler';
import type { CardState, Grade, MemoryState, SchedulerSettings } from './types';

const MINUTE = 60_000;
const DAY = 86_400_000;
const NEW: CardState = 0;
const LEARNING: CardState = 1;
const REVIEW: CardState = 2;
const RELEARNING: CardState = 3;
/** ts-fsrs's largest stability in its formulas' clamps */
const S_CLAMP = 36500;

/** ts-fsrs's roundTo(x, 8). */
function round8(x: number): number {
	return Math.round(x * 1e8) / 1e8;
}

/** ts-fsrs's clamp. */
function clamp(value: number, min: number, max: number): number {
	return Math.min(Math.max(value, min), max);
}

/** Replays answers `order[from..to)` (indices into `at` and `grades`) of one card, which starts new. */
export type CardReplay = (
	at: Float64Array,
	grades: Uint8Array,
	order: Uint32Array,
	from: number,
	to: number
) => MemoryState;

/** The card replay for these settings; build it once per replay. */
export function cardReplay(settings: SchedulerSettings): CardReplay {
	const { stepper, steps } = schedulingFor(settings);
	const slowStep = grader(settings);
	const params = stepper.parameters;
	const w = params.w.map(Number);
	const shortTerm = params.enable_short_term;
	const fuzz = params.enable_fuzz;
	const maximum = params.maximum_interval;
	const modifier = stepper.interval_modifier;
	const cap = settings.maximumIntervalDays;
	const learning = steps.learning;
	const relearning = steps.relearning;
	const { decay, factor } = computeDecayFactor(w);
	// Index g (1–4) holds the value for grade g, computed by the same expressions as ts-fsrs.
	const initDifficulty = [0, 1, 2, 3, 4].map((g) =>
		clamp(round8(w[4]! - Math.exp((g - 1) * w[5]!) + 1), 1, 10)
	);
	const initStability = [0, 1, 2, 3, 4].map((g) => Math.max(w[g - 1]!, 0.1));
	const difficultyDelta = [0, 1, 2, 3, 4].map((g) => -w[6]! * (g - 3));
	const shortTermGrowth = [0, 1, 2, 3, 4].map((g) => Math.exp(w[17]! * (g - 3 + w[18]!)));
	const easyReversion = w[7]! * round8(w[4]! - Math.exp((4 - 1) * w[5]!) + 1);
	const keep = 1 - w[7]!;
	const recallBase = Math.exp(w[8]!);
	const failDivisor = shortTerm ? Math.exp(w[17]! * w[18]!) : Math.exp(0 * 0);
	const [w9, w10, w11, w12, w13, w14, w15, w16, w19] = [9, 10, 11, 12, 13, 14, 15, 16, 19].map(
		(i) => w[i]!
	) as [number, number, number, number, number, number, number, number, number];

	// The card's memory, as MemoryState's fields.
	let due = 0;
	let stability = 0;
	let difficulty = 0;
	let elapsedDays = 0;
	let scheduledDays = 0;
	let learningSteps = 0;
	let reps = 0;
	let lapses = 0;
	let state: CardState = NEW;
	let lastReview: number | undefined;
	// The answer being replayed: its time, elapsed days, retrievability and fuzz draw (-1: not drawn yet).
	let now = 0;
	let elapsed = 0;
	let recall = 0;
	// Per answer, shared by the grades it works out (NaN: not yet computed).
	let shortTermPower = NaN;
	let recallGrowth = NaN;
	let drawn = -1;

	/** ts-fsrs's next_state stability for grade g from the current memory. */
	function stabilityAfter(g: number): number {
		const d = difficulty;
		const s = stability;
		if (d === 0 && s === 0) return initStability[g]!;
		if (elapsed === 0 && shortTerm) {
			// The same power for every grade of this answer, so it is computed once.
			if (Number.isNaN(shortTermPower)) shortTermPower = Math.pow(s, -w19);
			const sinc = shortTermPower * shortTermGrowth[g]!;
			return round8(clamp(s * (g >= 2 ? Math.max(sinc, 1) : sinc), S_MIN, S_CLAMP));
		}
		if (g === 1) {
			const afterFail = round8(
				clamp(
					w11 * Math.pow(d, -w12) * (Math.pow(s + 1, w13) - 1) * Math.exp((1 - recall) * w14),
					S_MIN,
					S_CLAMP
				)
			);
			return clamp(round8(s / failDivisor), S_MIN, afterFail);
		}
		const hardPenalty = g === 2 ? w15 : 1;
		const easyBound = g === 4 ? w16 : 1;
		// ts-fsrs multiplies left to right; the product before the grade's factors is the same for
		// every grade of this answer, so it is computed once.
		if (Number.isNaN(recallGrowth)) {
			recallGrowth = recallBase * (11 - d) * Math.pow(s, -w9) * (Math.exp((1 - recall) * w10) - 1);
		}
		return round8(clamp(s * (1 + recallGrowth * hardPenalty * easyBound), S_MIN, S_CLAMP));
	}

	/** ts-fsrs's next_state difficulty for grade g from the current memory. */
	function difficultyAfter(g: number): number {
		const d = difficulty;
		if (d === 0 && stability === 0) return initDifficulty[g]!;
		const next = d + round8((difficultyDelta[g]! * (10 - d)) / 9);
		return clamp(round8(easyReversion + keep * next), 1, 10);
	}

	/** fsrsStep's intervalDays: stability → whole days, fuzzed as ts-fsrs does. */
	function intervalDays(s: number): number {
		const ivl = Math.min(Math.max(1, Math.round(s * modifier)), maximum);
		if (!fuzz || ivl < 2.5) return Math.round(ivl);
		// ts-fsrs's get_fuzz_range.
		let delta = 1;
		delta += 0.15 * Math.max(Math.min(ivl, 7) - 2.5, 0);
		delta += 0.1 * Math.max(Math.min(ivl, 20) - 7, 0);
		delta += 0.05 * Math.max(ivl - 20, 0);
		const interval = Math.min(ivl, maximum);
		let low = Math.max(2, Math.round(interval - delta));
		const high = Math.min(Math.round(interval + delta), maximum);
		if (interval > elapsed) low = Math.max(low, elapsed + 1);
		low = Math.min(low, high);
		if (drawn < 0) drawn = aleaFirstOfAnswer(now, reps, difficulty * stability);
		return Math.floor(drawn * (high - low + 1) + low);
	}

	/** The card's memory as a MemoryState, with `last_review` once it has been answered. */
	function memory(): MemoryState {
		const current: MemoryState = {
			due,
			stability,
			difficulty,
			elapsed_days: elapsedDays,
			scheduled_days: scheduledDays,
			learning_steps: learningSteps,
			reps,
			lapses,
			state
		};
		if (lastReview !== undefined) current.last_review = lastReview;
		return current;
	}

	/** The answer through the grader itself, for memories and grades outside what the fast path covers. */
	function gradeSlowly(g: number): void {
		const next = slowStep(memory(), g as Grade, now);
		({ due, stability, difficulty, scheduled_days: scheduledDays, learning_steps: learningSteps } = next);
		({ elapsed_days: elapsedDays, reps, lapses, state, last_review: lastReview } = next);
	}

	/** fsrsStep (then the grader's cap on the interval) for grade g at `now`. */
	function answer(g: number): void {
		elapsed =
			state !== NEW && lastReview !== undefined ? Math.floor(now / DAY) - Math.floor(lastReview / DAY) : 0;
		const fresh = difficulty === 0 && stability === 0;
		if (!(
			g >= 1 &&
			g <= 4 &&
			(g | 0) === g &&
			elapsed >= 0 &&
			(fresh || (difficulty >= 1 && stability >= S_MIN))
		)) {
			gradeSlowly(g);
			return;
		}
		// The fuzz seed reads the answer's rep count with the memory before it.
		reps += 1;
		drawn = -1;
		shortTermPower = NaN;
		recallGrowth = NaN;
		if (!fresh && !(elapsed === 0 && shortTerm)) {
			recall = round8(Math.pow(1 + (factor * elapsed) / stability, decay));
		}
		let nextDifficulty: number;
		let nextStability: number;
		if (state === REVIEW && g > 1) {
			const hardStability = stabilityAfter(2);
			const goodStability = stabilityAfter(3);
			const good = intervalDays(goodStability);
			const hard = Math.min(intervalDays(hardStability), good);
			const goodAfterHard = Math.max(good, hard + 1);
			let chosen: number;
			if (g === 2) {
				chosen = hard;
				nextStability = hardStability;
			} else if (g === 3) {
				chosen = goodAfterHard;
				nextStability = goodStability;
			} else {
				nextStability = stabilityAfter(4);
				chosen = Math.max(intervalDays(nextStability), goodAfterHard + 1);
			}
			nextDifficulty = difficultyAfter(g);
			learningSteps = 0;
			scheduledDays = chosen;
			due = now + chosen * DAY;
		} else {
			nextStability = stabilityAfter(g);
			nextDifficulty = difficultyAfter(g);
			const toState = state === NEW ? LEARNING : state === REVIEW ? RELEARNING : state;
			// ts-fsrs's BasicLearningStepsStrategy.
			const list = state === RELEARNING || state === REVIEW ? relearning : learning;
			const current = learningSteps || 0;
			let stepMinutes = 0;
			let stepNext = 0;
			if (list.length !== 0 && current < list.length) {
				const first = list[0] ?? 0;
				if (state === REVIEW) {
					if (g === 1) stepMinutes = list[Math.max(0, current)] ?? 0;
				} else if (g === 1) {
					stepMinutes = first;
				} else if (g === 2) {
					stepMinutes =
						list.length === 1 ? Math.round(first * 1.5) : Math.round((first + (list[1] ?? 0)) / 2);
					stepNext = current;
				} else {
					const following = list[current + 1];
					if (g === 3 && following) {
						stepMinutes = Math.round(following);
						stepNext = current + 1;
					}
				}
			}
			const minutes = Math.max(0, stepMinutes);
			if (state === REVIEW) lapses += 1;
			if (minutes > 0 && minutes < 1440) {
				learningSteps = Math.max(0, stepNext);
				scheduledDays = 0;
				state = toState;
				due = now + Math.round(minutes) * MINUTE;
			} else if (minutes >= 1440) {
				state = REVIEW;
				learningSteps = Math.max(0, stepNext);
				due = now + Math.round(minutes) * MINUTE;
				scheduledDays = Math.floor(minutes / 1440);
			} else {
				const days = intervalDays(nextStability);
				state = REVIEW;
				learningSteps = 0;
				scheduledDays = days;
				due = now + days * DAY;
			}
		}
		difficulty = nextDifficulty;
		stability = nextStability;
		elapsedDays = elapsed;
		lastReview = now;
		if (scheduledDays > cap) {
			scheduledDays = cap;
			due = now + cap * DAY;
		}
	}

	return (at, grades, order, from, to) => {
		due = at[order[from]!]!;
		stability = 0;
		difficulty = 0;
		elapsedDays = 0;
		scheduledDays = 0;
		learningSteps = 0;
		reps = 0;
		lapses = 0;
		state = NEW;
		lastReview = undefined;
		for (let k = from; k < to; k++) {
			const i = order[k]!;
			now = at[i]!;
			answer(grades[i]!);
		}
		return memory();
	};
}
