/** Rounding for the loops over a million orders. */

/**
 * Exactly Math.round(x), for every x (−0, ties, ±∞ and NaN included), but without the branch V8
 * compiles Math.round to: on values in random order that jump is mispredicted half the time, which
 * made rounding cost more than the exp and cos beside it. x − floor(x) is exact, so the tie test is.
 */
export function roundHalfUp(x: number): number {
	const f = Math.floor(x);
	const r = f + Number(x - f >= 0.5);
	// Math.round keeps the sign of a zero result (−0.3 → −0); r is +0 there. Rare, so predicted.
	return r === 0 ? x * 0 : r;
}
