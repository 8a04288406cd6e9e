/** Search, filter and sort for the customer list, over the columns; returns customer indexes in order. */
import type { CustomerMetrics } from './analysis';
import type { CustomerColumns } from './dataset';
import { customerCode, customerName } from './names';

/** A buyer is 已流失 once their last order is the churn window or more days ago. */
export const CHURN_STATUSES = ['未流失', '已流失'] as const;

export type SortKey = 'code' | 'join' | 'recency' | 'frequency' | 'monetary' | 'clv';

export interface CustomerQuery {
	/** part of a name or a customer number; '' for everyone */
	search: string;
	/** indexes into the catalog lists, or -1 for any */
	city: number;
	channel: number;
	tier: number;
	stage: number;
	/** index into SEGMENTS, or -1 for any */
	segment: number;
	/** index into CHURN_STATUSES (buyers only), or -1 for anyone */
	status: number;
	sort: SortKey;
	descending: boolean;
}

export const ALL_CUSTOMERS: CustomerQuery = {
	search: '',
	city: -1,
	channel: -1,
	tier: -1,
	stage: -1,
	segment: -1,
	status: -1,
	sort: 'monetary',
	descending: true
};

function sortValue(key: SortKey, c: CustomerColumns, m: CustomerMetrics): (i: number) => number {
	switch (key) {
		case 'code':
			return (i) => i;
		case 'join':
			return (i) => c.joinDay[i] ?? 0;
		case 'recency':
			// Customers who never bought sort after everyone who did.
			return (i) => ((m.values.frequency[i] ?? 0) > 0 ? (m.values.recency[i] ?? 0) : Number.MAX_SAFE_INTEGER);
		case 'frequency':
			return (i) => m.values.frequency[i] ?? 0;
		case 'monetary':
			return (i) => m.values.monetary[i] ?? 0;
		case 'clv':
			return (i) => m.clv[i] ?? 0;
	}
}

/** The indexes of the customers matching `q`, sorted by its key (ties by customer number); `churnWindow` in days. */
export function queryCustomers(
	c: CustomerColumns,
	m: CustomerMetrics,
	q: CustomerQuery,
	churnWindow = 90
): Int32Array {
	const needle = q.search.trim().toUpperCase();
	const picked: number[] = [];
	for (let i = 0; i < c.count; i++) {
		if (q.city >= 0 && c.city[i] !== q.city) continue;
		if (q.channel >= 0 && c.channel[i] !== q.channel) continue;
		if (q.tier >= 0 && c.tier[i] !== q.tier) continue;
		if (q.stage >= 0 && c.stage[i] !== q.stage) continue;
		if (q.segment >= 0 && m.segments[i] !== q.segment) continue;
		if (q.status >= 0) {
			const bought = (m.values.frequency[i] ?? 0) > 0;
			const churned = (m.values.recency[i] ?? 0) >= churnWindow;
			if (!bought || churned !== (q.status === 1)) continue;
		}
		if (needle && !customerName(c, i).includes(needle) && !customerCode(i).includes(needle)) continue;
		picked.push(i);
	}
	const value = sortValue(q.sort, c, m);
	const keys = new Float64Array(c.count);
	for (const i of picked) keys[i] = value(i);
	const sign = q.descending ? -1 : 1;
	picked.sort((a, b) => sign * ((keys[a] ?? 0) - (keys[b] ?? 0)) || a - b);
	return Int32Array.from(picked);
}
