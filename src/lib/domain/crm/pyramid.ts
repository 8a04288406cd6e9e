/** The customer pyramid: how revenue piles up at the top. */
import { TIERS, type Tier } from './catalog';
import { sortedNonNegative } from './order-statistics';

export interface PyramidLevel {
	tier: Tier;
	customers: number;
	/** 元 */
	revenue: number;
	/** 0–1 */
	customerShare: number;
	/** 0–1 */
	revenueShare: number;
}

/** Customers and revenue per member tier, bottom (普通) to top (白金). */
export function pyramidByTier(tier: Uint8Array, monetary: Float64Array): PyramidLevel[] {
	const customers = new Array<number>(TIERS.length).fill(0);
	const revenue = new Array<number>(TIERS.length).fill(0);
	let total = 0;
	for (let i = 0; i < tier.length; i++) {
		const t = tier[i] ?? 0;
		customers[t] = (customers[t] ?? 0) + 1;
		revenue[t] = (revenue[t] ?? 0) + (monetary[i] ?? 0);
		total += monetary[i] ?? 0;
	}
	return TIERS.map((t, k) => ({
		tier: t,
		customers: customers[k] ?? 0,
		revenue: Math.round(revenue[k] ?? 0),
		customerShare: tier.length ? (customers[k] ?? 0) / tier.length : 0,
		revenueShare: total > 0 ? (revenue[k] ?? 0) / total : 0
	}));
}

/** The share (0–1) of all revenue brought by the top `fraction` (0–1) of customers by spend. */
export function topShare(monetary: Float64Array, fraction: number): number {
	if (!(fraction > 0 && fraction <= 1)) throw new RangeError('top-share-fraction');
	const sorted = sortedNonNegative(monetary) ?? Float64Array.from(monetary).sort();
	const n = sorted.length;
	const take = Math.max(1, Math.round(n * fraction));
	// Added from the largest down, in the order the sums were always taken.
	let top = 0;
	let total = 0;
	for (let i = 0; i < n; i++) {
		const m = sorted[n - 1 - i] ?? 0;
		total += m;
		if (i < take) top += m;
	}
	return total > 0 ? top / total : 0;
}
