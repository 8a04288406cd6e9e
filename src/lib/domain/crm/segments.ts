/**
 * The eight RFM segments. M decides 重要 (high) or 一般 (low); then recent + frequent = 价值,
 * recent + rare = 发展, not recent + frequent = 保持, not recent + rare = 挽留.
 */
import type { RfmScores, RfmValues } from './rfm';

export const SEGMENTS = [
	'重要价值客户',
	'重要发展客户',
	'重要保持客户',
	'重要挽留客户',
	'一般价值客户',
	'一般发展客户',
	'一般保持客户',
	'一般挽留客户'
] as const;
export type Segment = (typeof SEGMENTS)[number];
/** stored for customers who never bought, so have no RFM segment */
export const NO_SEGMENT = 255;

/** A score at or above this counts as high; 4 = above the middle quintile. */
export const DEFAULT_HIGH_FROM = 4;

export interface SegmentFlags {
	r: boolean;
	f: boolean;
	m: boolean;
}

/** The segment index (into SEGMENTS) for high/low R, F and M. */
export function segmentIndex({ r, f, m }: SegmentFlags): number {
	return (m ? 0 : 4) + (r ? 0 : 2) + (f ? 0 : 1);
}

/** Which of R, F and M are high in a segment: the inverse of segmentIndex. */
export function segmentFlags(index: number): SegmentFlags {
	return { m: index < 4, r: index % 4 < 2, f: index % 2 === 0 };
}

/** Every customer's segment index, or NO_SEGMENT for those with no score. */
export function assignSegments(scores: RfmScores, highFrom = DEFAULT_HIGH_FROM): Uint8Array {
	if (!Number.isInteger(highFrom) || highFrom < 2 || highFrom > 5) {
		throw new RangeError('high-from');
	}
	const n = scores.r.length;
	const out = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const r = scores.r[i] ?? 0;
		// segmentIndex written out, with Number(boolean) rather than branches: no object per
		// customer and no mispredicted jump in a loop over 100,000.
		out[i] =
			r === 0
				? NO_SEGMENT
				: 4 * Number((scores.m[i] ?? 0) < highFrom) +
					2 * Number(r < highFrom) +
					Number((scores.f[i] ?? 0) < highFrom);
	}
	return out;
}

export interface SegmentSummary {
	segment: Segment;
	customers: number;
	/** 元 */
	revenue: number;
	/** 0–1 of all revenue */
	revenueShare: number;
}

/** Customers and revenue per segment, in SEGMENTS order. */
export function summariseSegments(segments: Uint8Array, values: RfmValues): SegmentSummary[] {
	const customers = new Array<number>(SEGMENTS.length).fill(0);
	const revenue = new Array<number>(SEGMENTS.length).fill(0);
	let total = 0;
	for (let i = 0; i < segments.length; i++) {
		const s = segments[i] ?? NO_SEGMENT;
		if (s === NO_SEGMENT) continue;
		const m = values.monetary[i] ?? 0;
		customers[s] = (customers[s] ?? 0) + 1;
		revenue[s] = (revenue[s] ?? 0) + m;
		total += m;
	}
	return SEGMENTS.map((segment, s) => ({
		segment,
		customers: customers[s] ?? 0,
		revenue: Math.round((revenue[s] ?? 0) * 100) / 100,
		revenueShare: total > 0 ? (revenue[s] ?? 0) / total : 0
	}));
}

/**
 * Where "high" comes from: `scores` compares the R, F and M scores with the "high from" mark
 * (quintiles or the learner's cuts); `mean` compares each value with the buyers' mean, as most
 * Chinese tutorials do (R high = fewer days than the mean; F and M high = above the mean).
 */
export type SegmentConvention = 'scores' | 'mean';

/** The value each measure must pass to count as high, and what the cut came from. */
export interface SegmentCuts {
	convention: SegmentConvention;
	/** days: R is high at or below this (scores) or below it (mean) */
	recency: number;
	/** orders: F is high at or above this (scores) or above it (mean) */
	frequency: number;
	/** 元: M is high at or above this (scores) or above it (mean) */
	monetary: number;
}

/** The buyers' mean R, F and M (frequency > 0). */
export function meanCuts(values: RfmValues): SegmentCuts {
	let n = 0;
	let r = 0;
	let f = 0;
	let m = 0;
	for (let i = 0; i < values.frequency.length; i++) {
		const fi = values.frequency[i] ?? 0;
		if (fi === 0) continue;
		n += 1;
		r += values.recency[i] ?? 0;
		f += fi;
		m += values.monetary[i] ?? 0;
	}
	const mean = (x: number) => (n > 0 ? Math.round((x / n) * 100) / 100 : 0);
	return { convention: 'mean', recency: mean(r), frequency: mean(f), monetary: mean(m) };
}

/** Segments by the mean convention; customers who never bought get NO_SEGMENT. */
export function assignSegmentsByMean(values: RfmValues, cuts: SegmentCuts = meanCuts(values)): Uint8Array {
	const n = values.frequency.length;
	const out = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const f = values.frequency[i] ?? 0;
		out[i] =
			f === 0
				? NO_SEGMENT
				: ((values.monetary[i] ?? 0) > cuts.monetary ? 0 : 4) +
					((values.recency[i] ?? 0) < cuts.recency ? 0 : 2) +
					(f > cuts.frequency ? 0 : 1);
	}
	return out;
}

/** For the score convention: the loosest value that still reaches `highFrom` on each measure. */
export function scoreCuts(values: RfmValues, scores: RfmScores, highFrom = DEFAULT_HIGH_FROM): SegmentCuts {
	let recency = -1;
	let frequency = Infinity;
	let monetary = Infinity;
	for (let i = 0; i < values.frequency.length; i++) {
		if ((values.frequency[i] ?? 0) === 0) continue;
		if ((scores.r[i] ?? 0) >= highFrom) recency = Math.max(recency, values.recency[i] ?? 0);
		if ((scores.f[i] ?? 0) >= highFrom) frequency = Math.min(frequency, values.frequency[i] ?? 0);
		if ((scores.m[i] ?? 0) >= highFrom) monetary = Math.min(monetary, values.monetary[i] ?? 0);
	}
	return { convention: 'scores', recency, frequency, monetary };
}

/** How many buyers hold each score 1–5 (index 0 = score 1): ties make these groups unequal. */
export function scoreCounts(column: Uint8Array): number[] {
	const counts = [0, 0, 0, 0, 0];
	for (const s of column) if (s >= 1 && s <= 5) counts[s - 1] = (counts[s - 1] ?? 0) + 1;
	return counts;
}
