/**
 * Retention and churn with one definition: a customer has churned (流失) once they have gone
 * `window` days without an order, and is retained (留存) until then. So retention + churn = 100 %.
 */
import type { OrderColumns } from './dataset';
import { monthIndex, monthLabel, monthStartDay } from './days';
import type { RfmValues } from './rfm';

/** The churn windows offered, in days; 90 is the default. */
export const CHURN_WINDOWS = [60, 90, 180] as const;
export const DEFAULT_CHURN_WINDOW = 90;

export interface Cohort {
	/** "2026-03" */
	month: string;
	size: number;
	/**
	 * share (0–1) still retained at the end of month k after joining (k = 0 is the joining month):
	 * they ordered within the window up to that day. Churn is 1 − rate. null where the month is not over.
	 */
	rates: (number | null)[];
}

/**
 * The last `cohorts` complete join months before today's month, each followed for up to `horizon`
 * months. Today's month has only begun, so it is left out rather than shown as a false drop.
 */
export function retentionCohorts(
	joinDay: Int32Array,
	orders: OrderColumns,
	today: number,
	window = DEFAULT_CHURN_WINDOW,
	cohorts = 12,
	horizon = 12
): Cohort[] {
	if (!(Number.isInteger(window) && window > 0)) throw new RangeError('churn-window');
	const last = monthIndex(today) - 1;
	const first = last - cohorts + 1;
	// monthEnd[j] is the last day of month first + j.
	const monthEnd = Array.from({ length: cohorts + horizon + 1 }, (_, j) => monthStartDay(first + j + 1) - 1);
	const sizes = new Array<number>(cohorts).fill(0);
	const retained = Array.from({ length: cohorts }, () => new Array<number>(horizon + 1).fill(0));
	const mark = new Int32Array(horizon + 1).fill(-1);
	for (let i = 0; i < joinDay.length; i++) {
		const c = monthIndex(joinDay[i] ?? 0) - first;
		if (c < 0 || c >= cohorts) continue;
		sizes[c] = (sizes[c] ?? 0) + 1;
		const row = retained[c] ?? [];
		for (let o = orders.orderStart[i] ?? 0; o < (orders.orderStart[i + 1] ?? 0); o++) {
			const d = orders.day[o] ?? 0;
			// The order keeps the customer retained at every month end from d to d + window − 1.
			for (let k = Math.max(0, monthIndex(d) - (first + c)); k <= horizon; k++) {
				if ((monthEnd[c + k] ?? 0) >= d + window) break;
				if (mark[k] === i) continue;
				mark[k] = i;
				row[k] = (row[k] ?? 0) + 1;
			}
		}
	}
	return sizes.map((size, c) => ({
		month: monthLabel(first + c),
		size,
		rates: (retained[c] ?? []).map((n, k) => (first + c + k > last ? null : size > 0 ? n / size : 0))
	}));
}

export interface ChurnSummary {
	/** days without an order after which a customer counts as churned */
	window: number;
	/** customers who have ordered at least once */
	buyers: number;
	/** of them, those whose last order is `window` days ago or more */
	churned: number;
	/** 0–1: churned / buyers; retention is 1 − rate */
	rate: number;
}

/** Churn among the buyers as of today: no order within the last `window` days. */
export function churnSummary(values: RfmValues, window = DEFAULT_CHURN_WINDOW): ChurnSummary {
	let buyers = 0;
	let churned = 0;
	for (let i = 0; i < values.frequency.length; i++) {
		if ((values.frequency[i] ?? 0) === 0) continue;
		buyers += 1;
		if ((values.recency[i] ?? 0) >= window) churned += 1;
	}
	return { window, buyers, churned, rate: buyers > 0 ? churned / buyers : 0 };
}
