/** A small seeded random source, so a run built from the same seed is the same run. */
export type Random = () => number;

/** mulberry32: a fast 32-bit generator; returns floats in [0, 1). */
export function seededRandom(seed: number): Random {
	let a = Math.trunc(seed) >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** A shuffled copy that differs from the original order whenever it can (so tiles never start solved). */
export function scrambled<T>(items: readonly T[], random: Random): T[] {
	if (items.length < 2) return [...items];
	for (let attempt = 0; attempt < 8; attempt++) {
		const out = shuffled(items, random);
		if (out.some((x, i) => x !== items[i])) return out;
	}
	return [...items.slice(1), items[0] as T];
}
