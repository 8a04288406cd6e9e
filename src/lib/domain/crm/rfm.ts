/**
 * RFM: R = days since the last order, F = number of orders, M = total spent (元). Scores run 1–5
 * (5 best) by quintile or by thresholds the learner sets; customers who never bought score 0.
 */
import { roundHalfUp } from './rounding';
import { FaultError } from './fault';
import type { OrderColumns } from './dataset';
import { nonNegativeValuesAtRanks, valuesAtRanks } from './order-statistics';

export interface RfmValues {
	/** days since the last order; -1 for a customer who never bought */
	recency: Int32Array;
	frequency: Int32Array;
	/** 元 */
	monetary: Float64Array;
}

export interface RfmScores {
	r: Uint8Array;
	f: Uint8Array;
	m: Uint8Array;
}

/** Four ascending cut points per measure: a value at or past the k-th cut moves one score up (down for R). */
export interface RfmThresholds {
	/** days */
	recency: readonly number[];
	frequency: readonly number[];
	/** 元 */
	monetary: readonly number[];
}

export type ScoreMode = { kind: 'quintile' } | ({ kind: 'thresholds' } & RfmThresholds);

export class RfmError extends FaultError {
	override readonly name = 'RfmError';
}

/** R, F and M for every customer from the grouped orders, as of `today` (day number). */
export function rfmValues(orders: OrderColumns, today: number): RfmValues {
	const { orderStart, amount, day, spend } = orders;
	const n = orderStart.length - 1;
	const recency = new Int32Array(n);
	const frequency = new Int32Array(n);
	const monetary = new Float64Array(n);
	let end = orderStart[0] ?? 0;
	for (let i = 0; i < n; i++) {
		const start = end;
		end = orderStart[i + 1] ?? 0;
		if (end === start) {
			recency[i] = -1;
			continue;
		}
		// The generator's sums where it kept them: the same additions in the same order.
		let sum = 0;
		if (spend) sum = spend[i] ?? 0;
		else for (let k = start; k < end; k++) sum += amount[k] ?? 0;
		recency[i] = today - (day[end - 1] ?? today);
		frequency[i] = end - start;
		monetary[i] = roundHalfUp(sum * 100) / 100;
	}
	return { recency, frequency, monetary };
}

/** Widest range of whole-number values counted in a histogram rather than selected. */
const MAX_COUNTED_RANGE = 1 << 20;

/** How many customers have bought (frequency > 0). */
function buyerCount(frequency: Int32Array): number {
	let total = 0;
	for (let i = 0; i < frequency.length; i++) if ((frequency[i] ?? 0) > 0) total++;
	return total;
}

/**
 * The ascending ranks (0-based, among `total` buyers) of the four cut values. Score k + 1 needs
 * beaten ≥ ⌈k × total / 5⌉: one comparison with the value at that rank, no full sort.
 */
function cutRanks(total: number, lowerIsBetter: boolean): number[] {
	const need = [1, 2, 3, 4].map((k) => Math.floor((k * total + 4) / 5));
	return lowerIsBetter ? need.map((c) => total - c).reverse() : need.map((c) => c - 1);
}

/** The score of `x` against the values a ≤ b ≤ c ≤ d at the cut ranks. */
function scoreAgainst(x: number, a: number, b: number, c: number, d: number, lowerIsBetter: boolean): number {
	// Number(boolean), not a conditional: no branch to mispredict on values in random order.
	return lowerIsBetter
		? 1 + Number(x < a) + Number(x < b) + Number(x < c) + Number(x < d)
		: 1 + Number(x > a) + Number(x > b) + Number(x > c) + Number(x > d);
}

/**
 * Quintile scores of whole numbers (days, order counts) from a histogram: the values at the cut
 * ranks, then each distinct value's score once, looked up per buyer. false if the range is too wide.
 */
function countedScores(
	values: Int32Array,
	frequency: Int32Array,
	total: number,
	lowerIsBetter: boolean,
	scores: Uint8Array
): boolean {
	const n = frequency.length;
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < n; i++) {
		if ((frequency[i] ?? 0) === 0) continue;
		const v = values[i] ?? 0;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (hi - lo >= MAX_COUNTED_RANGE) return false;
	const counts = new Int32Array(hi - lo + 1);
	for (let i = 0; i < n; i++) {
		if ((frequency[i] ?? 0) === 0) continue;
		const at = (values[i] ?? 0) - lo;
		counts[at] = (counts[at] ?? 0) + 1;
	}
	const at: number[] = [];
	let below = 0;
	let v = 0;
	for (const k of cutRanks(total, lowerIsBetter)) {
		while (below + (counts[v] ?? 0) <= k) below += counts[v++] ?? 0;
		at.push(v + lo);
	}
	const [a = 0, b = 0, c = 0, d = 0] = at;
	const byValue = new Uint8Array(counts.length);
	for (let x = 0; x < byValue.length; x++) byValue[x] = scoreAgainst(x + lo, a, b, c, d, lowerIsBetter);
	for (let i = 0; i < n; i++) {
		if ((frequency[i] ?? 0) === 0) continue;
		scores[i] = byValue[(values[i] ?? 0) - lo] ?? 0;
	}
	return true;
}

/**
 * Quintile scores over the `total` buyers (where `frequency` > 0): by rank, so equal values always
 * share a score. Whole numbers by a histogram; money by the buyers' values at the cut ranks.
 */
function scoresAmongBuyers(
	values: ArrayLike<number>,
	frequency: Int32Array,
	total: number,
	lowerIsBetter: boolean
): Uint8Array {
	const n = frequency.length;
	const scores = new Uint8Array(n);
	if (total === 0) return scores;
	if (values instanceof Int32Array && countedScores(values, frequency, total, lowerIsBetter, scores))
		return scores;
	const ranks = cutRanks(total, lowerIsBetter);
	let at = values instanceof Float64Array ? nonNegativeValuesAtRanks(values, frequency, total, ranks) : null;
	if (!at) {
		const pool = new Float64Array(total);
		for (let i = 0, j = 0; i < n; i++) if ((frequency[i] ?? 0) > 0) pool[j++] = values[i] ?? 0;
		at = valuesAtRanks(pool, ranks);
	}
	const [a = 0, b = 0, c = 0, d = 0] = at;
	for (let i = 0; i < n; i++) {
		if ((frequency[i] ?? 0) === 0) continue;
		scores[i] = scoreAgainst(values[i] ?? 0, a, b, c, d, lowerIsBetter);
	}
	return scores;
}

/**
 * Quintile scores over the buyers (where `frequency` > 0): by rank, so equal values always share a
 * score. A buyer who beats (is strictly better than) `beaten` of `total` buyers scores
 * 1 + ⌊5 × beaten / total⌋, so `lowerIsBetter` flips the scale, as for recency.
 */
export function quintileScores(
	values: ArrayLike<number>,
	frequency: Int32Array,
	lowerIsBetter: boolean
): Uint8Array {
	return scoresAmongBuyers(values, frequency, buyerCount(frequency), lowerIsBetter);
}

/** The score (1–5) of one value against four ascending cuts. */
export function thresholdScore(value: number, cuts: readonly number[], lowerIsBetter: boolean): number {
	let passed = 0;
	for (const c of cuts) if (value >= c) passed += 1;
	return lowerIsBetter ? 5 - passed : 1 + passed;
}

function checkCuts(name: 'R' | 'F' | 'M', cuts: readonly number[]): void {
	const ok =
		cuts.length === 4 && cuts.every((c, i) => Number.isFinite(c) && (i === 0 || c > (cuts[i - 1] ?? 0)));
	if (!ok)
		throw new RfmError(
			{ code: 'rfmCuts', axis: name },
			`${name} needs four increasing cut points, got ${cuts.join(', ')}`
		);
}

/** R, F and M scores for every customer in the chosen mode; throws RfmError for bad thresholds. */
export function rfmScores(values: RfmValues, mode: ScoreMode): RfmScores {
	const { recency, frequency, monetary } = values;
	if (mode.kind === 'quintile') {
		const total = buyerCount(frequency);
		return {
			r: scoresAmongBuyers(recency, frequency, total, true),
			f: scoresAmongBuyers(frequency, frequency, total, false),
			m: scoresAmongBuyers(monetary, frequency, total, false)
		};
	}
	checkCuts('R', mode.recency);
	checkCuts('F', mode.frequency);
	checkCuts('M', mode.monetary);
	const n = frequency.length;
	const scores: RfmScores = { r: new Uint8Array(n), f: new Uint8Array(n), m: new Uint8Array(n) };
	for (let i = 0; i < n; i++) {
		if ((frequency[i] ?? 0) === 0) continue;
		scores.r[i] = thresholdScore(recency[i] ?? 0, mode.recency, true);
		scores.f[i] = thresholdScore(frequency[i] ?? 0, mode.frequency, false);
		scores.m[i] = thresholdScore(monetary[i] ?? 0, mode.monetary, false);
	}
	return scores;
}
