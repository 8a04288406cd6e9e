/**
 * The originality check: no sentence of app content may share a long run of Chinese characters
 * with the source documents it was written from. Terms and collocations are taken from the sources
 * on purpose, so they are masked before comparing.
 */

/** Longest run of Chinese characters a content sentence may share with a source. */
export const MAX_SHARED_RUN = 7;

/** Runs of Chinese characters, split at anything else (punctuation, Latin, the masks). */
const runsOf = (text: string) => text.split(/[^\p{Script=Han}]+/u).filter(Boolean);

/** Every stretch of `length` characters in the sources, for constant-time lookups. */
export function sourceStretches(sources: readonly string[], length = MAX_SHARED_RUN + 1): Set<string> {
	const stretches = new Set<string>();
	for (const source of sources)
		for (const run of runsOf(source)) {
			const chars = Array.from(run);
			for (let i = 0; i + length <= chars.length; i++) stretches.add(chars.slice(i, i + length).join(''));
		}
	return stretches;
}

/** Replaces every term (longest first) with a gap, so a shared term is never counted as copying. */
export function maskTerms(text: string, terms: readonly string[]): string {
	return [...terms].sort((a, b) => b.length - a.length).reduce((t, term) => t.split(term).join(' '), text);
}

/** The longest stretch of the text also found in the sources, when longer than MAX_SHARED_RUN; else null. */
export function copiedStretch(
	text: string,
	stretches: ReadonlySet<string>,
	length = MAX_SHARED_RUN + 1
): string | null {
	let best: string | null = null;
	for (const run of runsOf(text)) {
		const chars = Array.from(run);
		for (let i = 0; i + length <= chars.length; i++) {
			if (!stretches.has(chars.slice(i, i + length).join(''))) continue;
			let end = i + length;
			while (end < chars.length && stretches.has(chars.slice(end - length + 1, end + 1).join(''))) end++;
			const found = chars.slice(i, end).join('');
			if (!best || found.length > best.length) best = found;
		}
	}
	return best;
}
