/** Number formats for the simulator screens, as a Chinese reader expects them (万 and 亿 for large sums). */
import { decimals } from '$lib/state/i18n/format';

export const int = (x: number) => decimals('zh', x, 0);
/** "1,234元" for whole yuan, "1,234.50元" otherwise: never a bare ".00". */
export const yuan = (x: number) =>
	`${Math.round(x * 100) % 100 === 0 ? decimals('zh', x, 0) : decimals('zh', x, 2)}元`;
/** "12.3%" from a 0–1 share */
export const pct = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;
/** Large sums the Chinese way: "1.99亿元" from 1亿 up, "19,858.7万元" from 10万 up, yuan() below. */
export const wan = (x: number) =>
	Math.abs(x) >= 100_000_000
		? `${decimals('zh', x / 100_000_000, 2)}亿元`
		: Math.abs(x) >= 100_000
			? `${decimals('zh', x / 10_000, 1)}万元`
			: yuan(x);
/** "a − b = c" in percent where the three figures agree as printed: c is rounded after subtracting the printed a and b. */
export function pctDifference(a: number, b: number, digits = 1): [string, string, string] {
	const scale = 10 ** digits;
	const shownA = Math.round(a * 100 * scale);
	const shownB = Math.round(b * 100 * scale);
	return [pct(a, digits), pct(b, digits), `${((shownA - shownB) / scale).toFixed(digits)}`];
}
