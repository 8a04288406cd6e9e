/**
 * RFM: R = days since the last order, F = number of orders, M = total spent (元). Scores run 1–5
 * (5 best) by quintile or by thresholds the learner sets; customers who never bought score 0.
 */
import { FaultError } from './fault';
import type { OrderColumns } from './dataset';

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
	const n = orders.orderStart.length - 1;
	const recency = new Int32Array(n).fill(-1);
	const frequency = new Int32Array(n);
	const monetary = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const start = orders.orderStart[i] ?? 0;
		const end = orders.orderStart[i + 1] ?? 0;
		if (end === start) continue;
		let sum = 0;
		for (let k = start; k < end; k++) sum += orders.amount[k] ?? 0;
		recency[i] = today - (orders.day[end - 1] ?? today);
		frequency[i] = end - start;
		monetary[i] = Math.round(sum * 100) / 100;
	}
	return { recency, frequency, monetary };
}

/** How many sorted values are below x (orEqual: at or below x). */
function countBelow(sorted: Float64Array, x: number, orEqual: boolean): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const v = sorted[mid] ?? 0;
		if (v < x || (orEqual && v === x)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Quintile scores over the buyers (where `frequency` > 0): by rank, so equal values always share a
 * score. `lowerIsBetter` flips the scale, as for recency.
 */
export function quintileScores(
	values: ArrayLike<number>,
	frequency: Int32Array,
	lowerIsBetter: boolean
): Uint8Array {
	const n = frequency.length;
	const picked: number[] = [];
	for (let i = 0; i < n; i++) if ((frequency[i] ?? 0) > 0) picked.push(values[i] ?? 0);
	const sorted = Float64Array.from(picked).sort();
	const scores = new Uint8Array(n);
	const total = sorted.length;
	for (let i = 0; i < n; i++) {
		if ((frequency[i] ?? 0) === 0) continue;
		const x = values[i] ?? 0;
		// How many buyers this one beats outright; ties beat nobody among themselves.
		const beaten = lowerIsBetter ? total - countBelow(sorted, x, true) : countBelow(sorted, x, false);
		scores[i] = 1 + Math.min(4, Math.floor((5 * beaten) / total));
	}
	return scores;
}

/** The score (1–5) of one value against four ascending cuts. */
export function thresholdScore(value: number, cuts: readonly number[], lowerIsBetter: boolean): number {
	const passed = cuts.filter((c) => value >= c).length;
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
		return {
			r: quintileScores(recency, frequency, true),
			f: quintileScores(frequency, frequency, false),
			m: quintileScores(monetary, frequency, false)
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
