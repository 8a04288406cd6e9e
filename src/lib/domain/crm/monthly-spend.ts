/** One customer's spend per month over the last two years, for the order timeline chart. */
import { monthIndex, monthLabel } from './days';
import type { ProfileOrder } from './engine';

export function monthlySpend(orders: readonly ProfileOrder[], lastMonth: number, months = 24) {
	const first = lastMonth - months + 1;
	const values = new Array<number>(months).fill(0);
	for (const o of orders) {
		const k = monthIndex(o.day) - first;
		if (k >= 0 && k < months) values[k] = Math.round(((values[k] ?? 0) + o.amount) * 100) / 100;
	}
	const labels = values.map((_, k) => monthLabel(first + k));
	const ticks = [0, Math.floor(months / 2), months - 1].map((index) => ({
		index,
		text: labels[index] ?? ''
	}));
	return { values, labels, ticks };
}
