/**
 * Retention and churn with one definition: a customer has churned (流失) once they have gone
 * `window` days without an order, and is active (retained, 留存) until then. Each rate is taken over
 * one base (a join-month cohort, or the customers active when a period began), so retention + churn = 100 %.
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
	if (!(Number.isInteger(horizon) && horizon >= 0 && horizon < 31)) throw new RangeError('cohort-horizon');
	const last = monthIndex(today) - 1;
	const first = last - cohorts + 1;
	// monthEnd[j] is the last day of month first + j.
	const monthEnd = Int32Array.from(
		{ length: cohorts + horizon + 1 },
		(_, j) => monthStartDay(first + j + 1) - 1
	);
	// An order on day d keeps its customer retained at the month ends e with d ≤ e < d + window:
	// months from (d's month − first) up to before ends(d + window), the count of month ends below it.
	const ends = (limit: number) => {
		let j = 0;
		while (j < monthEnd.length && (monthEnd[j] ?? 0) < limit) j++;
		return j;
	};
	// Both worked out once per day of the cohorts' history rather than once per order.
	const from = monthStartDay(first);
	const days = Math.max(0, today - from + 1);
	const monthOf = Int32Array.from({ length: days }, (_, d) => monthIndex(from + d) - first);
	const endsBy = Int32Array.from({ length: days }, (_, d) => ends(from + d + window));
	const sizes = new Array<number>(cohorts).fill(0);
	const retained = Array.from({ length: cohorts }, () => new Int32Array(horizon + 1));
	const { orderStart, day } = orders;
	for (let i = 0; i < joinDay.length; i++) {
		const join = joinDay[i] ?? 0;
		const c = join >= from && join <= today ? (monthOf[join - from] ?? 0) : monthIndex(join) - first;
		if (c < 0 || c >= cohorts) continue;
		sizes[c] = (sizes[c] ?? 0) + 1;
		// The months after joining (bit k = month k) in which the customer was retained.
		let months = 0;
		for (let o = orderStart[i] ?? 0; o < (orderStart[i + 1] ?? 0); o++) {
			const d = day[o] ?? 0;
			const inside = d >= from && d <= today;
			const start = Math.max(0, (inside ? (monthOf[d - from] ?? 0) : monthIndex(d) - first) - c);
			const stop = Math.min(horizon + 1, (inside ? (endsBy[d - from] ?? 0) : ends(d + window)) - c);
			if (start < stop) months |= ((1 << stop) - 1) & ~((1 << start) - 1);
		}
		const row = retained[c];
		for (let k = 0; months !== 0 && row; k++, months >>>= 1) row[k] = (row[k] ?? 0) + (months & 1);
	}
	return sizes.map((size, c) => ({
		month: monthLabel(first + c),
		size,
		rates: Array.from(retained[c] ?? [], (n, k) => (first + c + k > last ? null : size > 0 ? n / size : 0))
	}));
}

/** Days the churn rate is measured over, ending today: a monthly churn rate. Shorter than every window. */
export const CHURN_PERIOD = 30;

export interface ChurnSummary {
	/** days without an order after which a customer counts as churned */
	window: number;
	/** days the rate is measured over, ending today */
	period: number;
	/** customers active when the period began: an order within `window` days before it */
	active: number;
	/** of them, those who have gone `window` days without an order by today: lost in the period */
	lost: number;
	/** 0–1: lost / active, the period's churn rate; its retention rate is 1 − rate */
	rate: number;
	/** customers who have ordered at least once */
	buyers: number;
	/** of them, those whose last order is `window` days ago or more */
	churned: number;
}

/**
 * The churn rate over the last `period` days: of the customers active when it began, the share
 * lost by today. Customers who first bought during the period, and those already churned before
 * it, are in neither count, so new customers cannot hide churn. Also counts the buyers churned as of today.
 */
export function churnSummary(
	values: RfmValues,
	orders: Pick<OrderColumns, 'orderStart' | 'day'>,
	today: number,
	window = DEFAULT_CHURN_WINDOW,
	period = CHURN_PERIOD
): ChurnSummary {
	if (!(Number.isInteger(period) && period > 0 && period < window)) throw new RangeError('churn-period');
	const start = today - period;
	let [buyers, churned, active, lost] = [0, 0, 0, 0];
	for (let i = 0; i < values.frequency.length; i++) {
		if ((values.frequency[i] ?? 0) === 0) continue;
		buyers += 1;
		const gone = (values.recency[i] ?? 0) >= window;
		if (gone) churned += 1;
		let wasActive = false;
		for (let o = orders.orderStart[i] ?? 0; o < (orders.orderStart[i + 1] ?? 0) && !wasActive; o++) {
			const d = orders.day[o] ?? 0;
			wasActive = d <= start && start < d + window;
		}
		if (!wasActive) continue;
		active += 1;
		if (gone) lost += 1;
	}
	return { window, period, active, lost, rate: active > 0 ? lost / active : 0, buyers, churned };
}
