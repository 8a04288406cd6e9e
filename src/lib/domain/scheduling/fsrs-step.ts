/**
 * One FSRS-6 answer, computed for the given grade only. ts-fsrs's scheduler works out all four
 * grades for every review card, copies the card through Date objects and seeds its fuzz generator
 * three times; replaying a million answers that way takes seconds. This step uses ts-fsrs's own
 * algorithm (memory, forgetting curve, fuzz ranges) and follows its short-term scheduler branch by
 * branch, so its result equals `FSRS.next` exactly; fsrs-step.test.ts checks that over random
 * histories.
 */
import { ConvertStepUnitToMinutes, get_fuzz_range, type FSRS } from 'ts-fsrs';
import type { CardState, Grade, MemoryState } from './types';

const MINUTE = 60_000;
const DAY = 86_400_000;
const LEARNING: CardState = 1;
const REVIEW: CardState = 2;
const RELEARNING: CardState = 3;

/** Learning and relearning steps in minutes, parsed once per scheduler. */
export interface StepMinutes {
	learning: number[];
	relearning: number[];
}

/**
 * The scheduler with its parameters as a plain object. ts-fsrs keeps them behind a Proxy (to notice
 * changes), and its formulas read them several times per answer, which a long replay pays for on
 * every answer. The copy shares everything else, so its results equal the scheduler's.
 */
export function withPlainParameters(scheduler: FSRS): FSRS {
	const plain = Object.create(scheduler) as FSRS;
	const { w, ...rest } = scheduler.parameters;
	// `param` is what ts-fsrs's formulas read; it is protected, so it is set through an index.
	(plain as unknown as Record<string, unknown>)['param'] = { ...rest, w: [...w] };
	return plain;
}

/** The scheduler's steps in minutes. */
export function stepMinutes(scheduler: FSRS): StepMinutes {
	const { learning_steps, relearning_steps } = scheduler.parameters;
	return {
		learning: learning_steps.map(ConvertStepUnitToMinutes),
		relearning: relearning_steps.map(ConvertStepUnitToMinutes)
	};
}

/** ts-fsrs's Mash hash of one character code, continuing from the running value `n`. */
function mashCode(n: number, code: number): number {
	n += code;
	let h = 0.02519603282416938 * n;
	n = h >>> 0;
	h -= n;
	h *= n;
	n = h >>> 0;
	h -= n;
	return n + h * 4294967296;
}

/** One round of ts-fsrs's Mash hash over `data`, continuing from the running value `n`. */
function mash(n: number, data: string): number {
	for (let i = 0; i < data.length; i++) n = mashCode(n, data.charCodeAt(i));
	return n;
}
const TO_UNIT = 2.3283064365386963e-10;

// Alea hashes three spaces before the seed; that prefix is the same for every seed, so it is hashed once.
const MASH_START = mash(4022871197, ' ');
const S0_START = (MASH_START >>> 0) * TO_UNIT;
const MASH_PREFIX = mash(mash(MASH_START, ' '), ' ');

/** The first number of ts-fsrs's Alea generator whose seed hashed to `n`. */
function aleaFirstFromMash(n: number): number {
	let s0 = S0_START - (n >>> 0) * TO_UNIT;
	if (s0 < 0) s0 += 1;
	// s1 and s2 are drawn too, but only s0 feeds the first number.
	const t = 2091639 * s0 + TO_UNIT;
	return t - (t | 0);
}

/** The first number of ts-fsrs's Alea generator for `seed`, which its fuzz uses. */
export function aleaFirst(seed: string): number {
	return aleaFirstFromMash(mash(MASH_PREFIX, seed));
}

const digits = new Uint8Array(16);
/** mash over the last `width` decimal digits of `x` (a whole number below 2^31), zero-padded; 0 means as many as it has. */
function mashInt(n: number, x: number, width: number): number {
	let count = 0;
	do {
		const next = (x / 10) | 0;
		digits[count++] = x - next * 10;
		x = next;
	} while (x > 0 || count < width);
	while (count > 0) n = mashCode(n, 48 + digits[--count]!);
	return n;
}

/** Math.floor(x / unit) for a safe whole number x ≥ 0 and a power of ten `unit`, put right where the division rounds. */
function leadingPart(x: number, unit: number): number {
	// x - lead * unit is exact, since both are whole numbers below 2^53.
	const lead = Math.floor(x / unit);
	const rest = x - lead * unit;
	return rest < 0 ? lead - 1 : rest >= unit ? lead + 1 : lead;
}

const LOW = 1e8;
/** mash over the decimal digits of `x`, a safe whole number ≥ 0, without writing them out as a string. */
function mashWhole(n: number, x: number): number {
	if (x < LOW) return mashInt(n, x, 0);
	const high = leadingPart(x, LOW);
	const low = x - high * LOW;
	if (high >= LOW) return mash(n, String(x));
	return mashInt(mashInt(n, high, 0), low, 8);
}

const TIME_TAIL = 1e6;
const CACHED_TIMES = 1 << 14;
const cachedLeads = new Float64Array(CACHED_TIMES).fill(-1);
const cachedMash = new Float64Array(CACHED_TIMES);
/**
 * mash from the seed's start over the digits of `now`, a safe whole number ≥ 0. A learner's
 * answers come in sessions, so the digits before the last six (about 17 minutes) repeat from
 * answer to answer; their hash is kept, and only the last six are hashed each time.
 */
function mashTime(now: number): number {
	if (now < TIME_TAIL) return mashWhole(MASH_PREFIX, now);
	const lead = leadingPart(now, TIME_TAIL);
	const tail = now - lead * TIME_TAIL;
	const slot = lead % CACHED_TIMES;
	if (cachedLeads[slot] !== lead) {
		cachedLeads[slot] = lead;
		cachedMash[slot] = mashWhole(MASH_PREFIX, lead);
	}
	return mashInt(cachedMash[slot]!, tail, 6);
}

const UNDERSCORE = 95;
/**
 * aleaFirst(`${now}_${reps}_${product}`), the fuzz seed of one answer, hashing the two whole
 * numbers digit by digit instead of building the string (a long replay builds a million of them).
 */
export function aleaFirstOfAnswer(now: number, reps: number, product: number): number {
	if (!(Number.isSafeInteger(now) && now >= 0 && Number.isSafeInteger(reps) && reps >= 0)) {
		return aleaFirst(`${now}_${reps}_${product}`);
	}
	let n = mashCode(mashTime(now), UNDERSCORE);
	n = mashCode(mashWhole(n, reps), UNDERSCORE);
	return aleaFirstFromMash(mash(n, String(product)));
}

/** Whole UTC days between two instants, as ts-fsrs counts elapsed days. */
function utcDaysBetween(from: number, to: number): number {
	return Math.floor(to / DAY) - Math.floor(from / DAY);
}

interface StepInfo {
	minutes: number;
	next: number;
}

/** ts-fsrs's BasicLearningStepsStrategy for one grade; minutes 0 means "leave the steps". */
function learningStep(steps: StepMinutes, state: CardState, current: number, grade: Grade): StepInfo {
	const list = state === RELEARNING || state === REVIEW ? steps.relearning : steps.learning;
	const none = { minutes: 0, next: 0 };
	if (list.length === 0 || current >= list.length) return none;
	const first = list[0] ?? 0;
	if (state === REVIEW) return grade === 1 ? { minutes: list[Math.max(0, current)] ?? 0, next: 0 } : none;
	if (grade === 1) return { minutes: first, next: 0 };
	if (grade === 2) {
		const hard = list.length === 1 ? Math.round(first * 1.5) : Math.round((first + (list[1] ?? 0)) / 2);
		return { minutes: hard, next: current };
	}
	const following = list[current + 1];
	if (grade === 3 && following) return { minutes: Math.round(following), next: current + 1 };
	return none;
}

/** ts-fsrs's next_interval: stability → whole days, fuzzed by `draw()` (Alea's first number) when fuzz is on. */
function intervalDays(scheduler: FSRS, stability: number, elapsed: number, draw: () => number): number {
	const params = scheduler.parameters;
	const ivl = Math.min(
		Math.max(1, Math.round(stability * scheduler.interval_modifier)),
		params.maximum_interval
	);
	if (!params.enable_fuzz || ivl < 2.5) return Math.round(ivl);
	const { min_ivl, max_ivl } = get_fuzz_range(ivl, elapsed, params.maximum_interval);
	return Math.floor(draw() * (max_ivl - min_ivl + 1) + min_ivl);
}

/** The fuzz draw for one answer, hashed on first use only: most answers need it once or not at all. */
function fuzzDraw(now: number, reps: number, card: MemoryState): () => number {
	let drawn: number | undefined;
	return () => (drawn ??= aleaFirst(`${now}_${reps}_${card.difficulty * card.stability}`));
}

/** The memory after answering `grade` at `now` (epoch ms); equal to ts-fsrs's `next`. */
export function fsrsStep(
	scheduler: FSRS,
	steps: StepMinutes,
	card: MemoryState,
	grade: Grade,
	now: number
): MemoryState {
	const elapsed =
		card.state !== 0 && card.last_review !== undefined ? utcDaysBetween(card.last_review, now) : 0;
	const reps = card.reps + 1;
	const draw = fuzzDraw(now, reps, card);
	const r = card.state === REVIEW ? scheduler.forgetting_curve(elapsed, card.stability) : undefined;
	const memory = { difficulty: card.difficulty, stability: card.stability };
	const base = { ...card, reps, elapsed_days: elapsed, last_review: now };

	if (card.state === REVIEW && grade > 1) {
		// Hard, Good and Easy are kept a day apart, so the chosen grade's interval needs the others'.
		// Each grade's next memory is computed once and kept for the chosen grade.
		const hardState = scheduler.next_state(memory, elapsed, 2, r);
		const goodState = scheduler.next_state(memory, elapsed, 3, r);
		const easyState = grade === 4 ? scheduler.next_state(memory, elapsed, 4, r) : goodState;
		const good = intervalDays(scheduler, goodState.stability, elapsed, draw);
		const hard = Math.min(intervalDays(scheduler, hardState.stability, elapsed, draw), good);
		const goodAfterHard = Math.max(good, hard + 1);
		const chosen =
			grade === 2
				? hard
				: grade === 3
					? goodAfterHard
					: Math.max(intervalDays(scheduler, easyState.stability, elapsed, draw), goodAfterHard + 1);
		const { difficulty, stability } = grade === 2 ? hardState : grade === 3 ? goodState : easyState;
		return {
			...base,
			difficulty,
			stability,
			state: REVIEW,
			learning_steps: 0,
			scheduled_days: chosen,
			due: now + chosen * DAY
		};
	}

	const { difficulty, stability } = scheduler.next_state(memory, elapsed, grade, r);
	const next: MemoryState = { ...base, difficulty, stability };
	const toState = card.state === 0 ? LEARNING : card.state === REVIEW ? RELEARNING : card.state;
	const step = learningStep(steps, card.state, card.learning_steps || 0, grade);
	const minutes = Math.max(0, step.minutes);
	if (minutes > 0 && minutes < 1440) {
		next.learning_steps = Math.max(0, step.next);
		next.scheduled_days = 0;
		next.state = toState;
		next.due = now + Math.round(minutes) * MINUTE;
	} else if (minutes >= 1440) {
		next.state = REVIEW;
		next.learning_steps = Math.max(0, step.next);
		next.due = now + Math.round(minutes) * MINUTE;
		next.scheduled_days = Math.floor(minutes / 1440);
	} else {
		next.state = REVIEW;
		next.learning_steps = 0;
		const days = intervalDays(scheduler, stability, elapsed, draw);
		next.scheduled_days = days;
		next.due = now + days * DAY;
	}
	if (card.state === REVIEW) next.lapses = card.lapses + 1;
	return next;
}
