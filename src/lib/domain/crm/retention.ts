/** Retention cohorts: of the customers who joined in a month, the share who ordered k months later. */
import type { OrderColumns } from './dataset';
import { monthIndex, monthLabel } from './days';

export interface Cohort {
	/** "2026-03" */
	month: string;
	size: number;
	/** share (0–1) who ordered in month k after joining (k = 0 is the joining month); null where that month is not over */
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
	cohorts = 12,
	horizon = 12
): Cohort[] {
	const last = monthIndex(today) - 1;
	const first = last - cohorts + 1;
	const sizes = new Array<number>(cohorts).fill(0);
	const active = Array.from({ length: cohorts }, () => new Array<number>(horizon + 1).fill(0));
	for (let i = 0; i < joinDay.length; i++) {
		const c = monthIndex(joinDay[i] ?? 0) - first;
		if (c < 0 || c >= cohorts) continue;
		sizes[c] = (sizes[c] ?? 0) + 1;
		let seen = -1;
		const row = active[c] ?? [];
		for (let k = orders.orderStart[i] ?? 0; k < (orders.orderStart[i + 1] ?? 0); k++) {
			const offset = monthIndex(orders.day[k] ?? 0) - (first + c);
			// Orders are oldest first, so each month is counted once per customer.
			if (offset === seen || offset < 0 || offset > horizon) continue;
			seen = offset;
			row[offset] = (row[offset] ?? 0) + 1;
		}
	}
	return sizes.map((size, c) => ({
		month: monthLabel(first + c),
		size,
		rates: (active[c] ?? []).map((n, k) => (first + c + k > last ? null : size > 0 ? n / size : 0))
	}));
}
