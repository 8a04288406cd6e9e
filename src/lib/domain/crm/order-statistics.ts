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

/** Buckets by the top 16 bits of a double: sign, exponent and 4 mantissa bits; 0x7ff0 up is ∞ and NaN. */
const BUCKETS = 0x7ff0;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The top 16 bits of each double in `a` sit at [4 × i + 3] of this view (little-endian). Read as
 * 16-bit halves, they are small integers even before the loop is optimised, so nothing is boxed.
 */
function topBits(a: Float64Array): Uint16Array | null {
	return LITTLE_ENDIAN ? new Uint16Array(a.buffer, a.byteOffset, a.length * 4) : null;
}

/**
 * The values at ascending ranks (0-based) among the entries of `a` whose `keep` is above 0 (`total`
 * of them), as a sorted list of those would hold there. For finite values ≥ +0 the bits sort as the
 * numbers do, so one pass counts the values per bucket of their top bits, a second gathers only the
 * buckets the ranks fall in, and selection runs inside those. null where a kept value is negative,
 * −0, infinite or NaN, or the platform is big-endian: then the caller selects over every value.
 */
export function nonNegativeValuesAtRanks(
	a: Float64Array,
	keep: Int32Array,
	total: number,
	ranks: readonly number[]
): number[] | null {
	const top = topBits(a);
	if (!top) return null;
	const n = Math.min(a.length, keep.length);
	const counts = new Int32Array(BUCKETS);
	for (let i = 0; i < n; i++) {
		if ((keep[i] ?? 0) <= 0) continue;
		const b = top[4 * i + 3] ?? 0;
		if (b >= BUCKETS) return null;
		counts[b] = (counts[b] ?? 0) + 1;
	}
	// Where each rank falls: its bucket and its rank inside that bucket.
	const bucketOf: number[] = [];
	const inside: number[] = [];
	let below = 0;
	let b = 0;
	for (const k of ranks) {
		if (k < 0 || k >= total) throw new RangeError('rank-outside');
		while (below + (counts[b] ?? 0) <= k) below += counts[b++] ?? 0;
		bucketOf.push(b);
		inside.push(k - below);
	}
	// The buckets hit get consecutive stretches of one pool, in bucket order.
	const slot = new Int32Array(BUCKETS).fill(-1);
	const offsets: number[] = [];
	let size = 0;
	for (const hit of bucketOf) {
		if ((slot[hit] ?? -1) >= 0) continue;
		slot[hit] = offsets.length;
		offsets.push(size);
		size += counts[hit] ?? 0;
	}
	const pool = new Float64Array(size);
	const next = Int32Array.from(offsets);
	for (let i = 0; i < n; i++) {
		if ((keep[i] ?? 0) <= 0) continue;
		const s = slot[top[4 * i + 3] ?? 0] ?? -1;
		if (s < 0) continue;
		const at = next[s] ?? 0;
		pool[at] = a[i] ?? 0;
		next[s] = at + 1;
	}
	// Ranks ascend, so inside one bucket each selection leaves the next rank to its right.
	const from = Int32Array.from(offsets);
	return ranks.map((_, r) => {
		const hit = bucketOf[r] ?? 0;
		const s = slot[hit] ?? 0;
		const k = (offsets[s] ?? 0) + (inside[r] ?? 0);
		const value = selectInPlace(pool, k, from[s] ?? 0, (offsets[s] ?? 0) + (counts[hit] ?? 0) - 1);
		from[s] = k;
		return value;
	});
}

/**
 * A sorted copy of `a`, as Float64Array.from(a).sort() gives, for finite values ≥ +0: a counting
 * sort by the top bits (see nonNegativeValuesAtRanks), then a native sort inside each small bucket.
 * null where a value is negative, −0, infinite or NaN, or the platform is big-endian.
 */
export function sortedNonNegative(a: Float64Array): Float64Array | null {
	const top = topBits(a);
	if (!top) return null;
	const next = new Int32Array(BUCKETS + 1);
	for (let i = 0; i < a.length; i++) {
		const b = top[4 * i + 3] ?? 0;
		if (b >= BUCKETS) return null;
		next[b + 1] = (next[b + 1] ?? 0) + 1;
	}
	for (let b = 0; b < BUCKETS; b++) next[b + 1] = (next[b + 1] ?? 0) + (next[b] ?? 0);
	const starts = next.slice();
	const out = new Float64Array(a.length);
	for (let i = 0; i < a.length; i++) {
		const b = top[4 * i + 3] ?? 0;
		const at = next[b] ?? 0;
		out[at] = a[i] ?? 0;
		next[b] = at + 1;
	}
	for (let b = 0; b < BUCKETS; b++) {
		const from = starts[b] ?? 0;
		const to = starts[b + 1] ?? 0;
		if (to - from > 1) out.subarray(from, to).sort();
	}
	return out;
}
