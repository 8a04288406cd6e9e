/** A step of an alignment: both sides, a syllable the learner left out, or one they added. */
export type AlignedPair =
	{ expected: number; given: number } | { expected: number; given: null } | { expected: null; given: number };

/**
 * Lines up the learner's syllables with the expected ones so that one left-out or extra syllable does
 * not make every later one look wrong. Same counts line up one to one. Compares letters only.
 */
export function alignSyllables(expected: readonly string[], given: readonly string[]): AlignedPair[] {
	const m = expected.length;
	const n = given.length;
	if (m === n) return expected.map((_, i) => ({ expected: i, given: i }));
	// cost[i][j]: fewest edits to line up expected[i..] with given[j..] (mismatch, gap: 1 each).
	const cost = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
	const at = (i: number, j: number) => cost[i]?.[j] ?? Infinity;
	for (let i = m; i >= 0; i--) {
		for (let j = n; j >= 0; j--) {
			if (i === m || j === n) {
				cost[i]![j] = m - i + (n - j);
				continue;
			}
			const diagonal = at(i + 1, j + 1) + (expected[i] === given[j] ? 0 : 1);
			cost[i]![j] = Math.min(diagonal, at(i, j + 1) + 1, at(i + 1, j) + 1);
		}
	}
	const pairs: AlignedPair[] = [];
	let i = 0;
	let j = 0;
	while (i < m || j < n) {
		const here = at(i, j);
		// Ties prefer pairing, then an extra syllable, so a typo stays beside the syllable it replaces.
		if (i < m && j < n && here === at(i + 1, j + 1) + (expected[i] === given[j] ? 0 : 1)) {
			pairs.push({ expected: i++, given: j++ });
		} else if (j < n && here === at(i, j + 1) + 1) {
			pairs.push({ expected: null, given: j++ });
		} else {
			pairs.push({ expected: i++, given: null });
		}
	}
	return pairs;
}
