/** A seeded pseudo-random source: the same seed always gives the same sequence. */
export interface Random {
	/** uniform in [0, 1) */
	next(): number;
	/**
	 * The 32-bit counter behind the sequence. A hot loop may copy it into a local, draw with
	 * `unitAt(s = (s + STEP) | 0)` (the same numbers next() gives) and write it back when done.
	 */
	state: number;
}

/** How far mulberry32's counter moves per draw. */
export const STEP = 0x6d2b79f5;

/**
 * mulberry32's output for the counter value `s` (already stepped), as a uniform in [0, 1). The
 * generator is counter-based, so this is pure: loops keep the counter in a local, with no call per draw.
 */
export function unitAt(s: number): number {
	let t = Math.imul(s ^ (s >>> 15), s | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** mulberry32: tiny, fast and good enough for sample data; the seed is any 32-bit integer. */
export function seededRandom(seed: number): Random {
	if (!Number.isInteger(seed)) throw new RangeError('seed-not-integer');
	return {
		state: seed | 0,
		next() {
			return unitAt((this.state = (this.state + STEP) | 0));
		}
	};
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
	return Math.floor(random.next() * n);
}

/** Standard normal, by Box–Muller. */
export function normal(random: Random): number {
	const u = 1 - random.next();
	return boxMuller(u, random.next());
}

/** Box–Muller from two uniforms already drawn (u1 = 1 − the first draw); the generator loops write it out in place. */
export function boxMuller(u1: number, u2: number): number {
	return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Cumulative weights, for picking an index in proportion to its weight with pickAt. */
export function cumulative(weights: readonly number[]): Float64Array {
	const out = new Float64Array(weights.length);
	let sum = 0;
	weights.forEach((w, i) => (out[i] = sum += w));
	return out.map((v) => v / sum);
}

/** The index a uniform `u` picks from `cdf` (from cumulative): the first whose cumulative weight passes u. */
export function pickAt(cdf: Float64Array, u: number): number {
	// The weights ascend, so that index is how many of them u has reached (the last one aside):
	// counted without a branch, which on random draws would be mispredicted about once a pick.
	const last = cdf.length - 1;
	let passed = 0;
	for (let i = 0; i < last; i++) passed += Number(u >= (cdf[i] ?? 1));
	return passed;
}
