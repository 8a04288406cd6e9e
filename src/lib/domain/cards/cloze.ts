import { levelDistance, type CefrLevel } from './items';

/** A sentence with a gap: show before + blank + after, expect `answer`. */
export type Cloze = { before: string; after: string; answer: string; en: string };

/**
 * Blanks the first place the hanzi (or an accepted alternative form) occurs in an example; null if none
 * occurs. At the same place the longest form wins, so the gap covers the whole word.
 */
export function makeCloze(
	example: { zh: string; en: string },
	hanzi: string,
	alternatives: readonly string[] = []
): Cloze | null {
	let best: { at: number; form: string } | null = null;
	for (const form of [hanzi, ...alternatives]) {
		const at = form === '' ? -1 : example.zh.indexOf(form);
		if (at < 0) continue;
		if (!best || at < best.at || (at === best.at && form.length > best.form.length)) best = { at, form };
	}
	if (!best) return null;
	return {
		before: example.zh.slice(0, best.at),
		after: example.zh.slice(best.at + best.form.length),
		answer: best.form,
		en: example.en
	};
}

/** An integer hash of the seed, so neighbouring seeds do not walk through examples in order. */
function mix(seed: number): number {
	let h = Math.imul(Math.trunc(seed) ^ 0x9e3779b9, 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Picks an example to blank: one that contains the hanzi, at the learner's level if there is one, else
 * the nearest level (the easier one on a tie). Among equals the seed decides, the same way every time.
 */
export function pickClozeExample<E extends { level: CefrLevel; zh: string; en: string }>(
	examples: readonly E[],
	hanzi: string,
	learnerLevel: CefrLevel,
	seed: number,
	alternatives: readonly string[] = []
): E | null {
	const usable = examples.filter((e) => makeCloze(e, hanzi, alternatives) !== null);
	// Below the learner's level ranks just before the same distance above: easier reading wins a tie.
	const rank = (e: E) => {
		const d = levelDistance(learnerLevel, e.level);
		return Math.abs(d) * 2 + (d > 0 ? 1 : 0);
	};
	if (usable.length === 0) return null;
	const bestRank = Math.min(...usable.map(rank));
	const nearest = usable.filter((e) => rank(e) === bestRank);
	return nearest[mix(seed) % nearest.length] ?? null;
}
