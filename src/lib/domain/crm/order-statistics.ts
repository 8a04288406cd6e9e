/** Order statistics without a full sort: the k-th smallest values of a column, in linear time on average. */

/**
 * The k-th smallest (0-based) of `a`, found by Hoare's selection (Wirth's form). Reorders `a` in place
 * so that everything before k is ≤ the result and everything after is ≥ it.
 */
export function selectInPlace(a: Float64Array, k: number, from = 0, to = a.length - 1): number {
	if (k < from || k > to) throw new RangeError('rank-outside');
	let lo = from;
	let hi = to;
	while (lo < hi) {
		const pivot = a[k] ?? 0;
		let i = lo;
		let j = hi;
		do {
			while ((a[i] ?? 0) < pivot) i++;
			while (pivot < (a[j] ?? 0)) j--;
			if (i <= j) {
				const t = a[i] ?? 0;
				a[i] = a[j] ?? 0;
				a[j] = t;
				i++;
				j--;
			}
		} while (i <= j);
		if (j < k) lo = i;
		if (k < i) hi = j;
	}
	return a[k] ?? 0;
}

/** The values at the given ascending ranks (0-based) of `a`; reorders `a` in place. */
export function valuesAtRanks(a: Float64Array, ranks: readonly number[]): number[] {
	const out: number[] = [];
	let from = 0;
	for (const k of ranks) {
		// Each selection leaves a[0..k] at or below a[k], so the next, higher rank looks only to the right.
		out.push(selectInPlace(a, k, from, a.length - 1));
		from = k;
	}
	return out;
}
