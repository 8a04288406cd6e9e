import { LONGEST_SYLLABLE, PINYIN_SYLLABLES } from './pinyin-syllables';

const VOWEL = /[aeiouü]/;
/** A syllable-shaped chunk: consonants, vowels, then a final n, ng or r that does not start the next one. */
const SHAPE = /[^aeiouü]*[aeiouü]+(?:ng(?![aeiouü])|n(?![aeiouü])|r(?![aeiouü]))?|[^aeiouü]+/y;

/** The standard spelling of a toneless syllable: ü after j q x y is written u ("jü" → "ju"); "lue" means lüe. */
export function normalizeSyllable(letters: string): string {
	if (/^[jqxy]/.test(letters)) return letters.replace(/ü/g, 'u');
	if (letters === 'lue' || letters === 'nue') return `${letters.charAt(0)}üe`;
	return letters;
}

/** Whether toneless letters spell a valid syllable, in any accepted spelling ("jü", "lue", "kè" is not). */
export function isSyllable(letters: string): boolean {
	return PINYIN_SYLLABLES.has(normalizeSyllable(letters));
}

function fits(letters: string, start: number, end: number): boolean {
	const piece = letters.slice(start, end);
	if (isSyllable(piece)) return true;
	// Erhua ("dianr") only when no vowel follows, so "shenru" stays shen ru.
	const base = piece.slice(0, -1);
	return piece.endsWith('r') && base !== 'er' && isSyllable(base) && !VOWEL.test(letters.charAt(end));
}

type Veto = (start: number, end: number) => boolean;

/**
 * Ways to cut toneless letters into valid syllables, as piece lengths, longest first piece first (so the
 * first answer is greedy longest match with backtracking). `allowed` can veto a piece; at most `limit`.
 */
export function validSplits(letters: string, allowed: Veto = () => true, limit = 16): number[][] {
	const n = letters.length;
	const ok = (start: number, end: number) => fits(letters, start, end) && allowed(start, end);
	// reach[p]: the letters from p on can be cut completely, so the search below never dead-ends.
	const reach: boolean[] = new Array<boolean>(n + 1).fill(false);
	reach[n] = true;
	for (let p = n - 1; p >= 0; p--) {
		for (let end = p + 1; end <= Math.min(n, p + LONGEST_SYLLABLE + 1); end++) {
			if (reach[end] && ok(p, end)) {
				reach[p] = true;
				break;
			}
		}
	}
	const found: number[][] = [];
	const walk = (p: number, cuts: number[]): void => {
		if (found.length >= limit) return;
		if (p === n) {
			found.push([...cuts]);
			return;
		}
		for (let end = Math.min(n, p + LONGEST_SYLLABLE + 1); end > p; end--) {
			if (!reach[end] || !ok(p, end)) continue;
			cuts.push(end - p);
			walk(end, cuts);
			cuts.pop();
		}
	};
	if (reach[0]) walk(0, []);
	return found;
}

/** Cuts letters that do not split into valid syllables by shape ("gaunxi" → gaun xi), as piece lengths. */
export function shapeSplit(letters: string): number[] {
	const lengths: number[] = [];
	const shape = new RegExp(SHAPE);
	while (shape.lastIndex < letters.length) {
		const match = shape.exec(letters);
		if (!match) break;
		lengths.push(match[0].length);
	}
	// Trailing consonants finish a misspelt syllable ("zhnag"), but start a new one after a valid one ("ke|h").
	const lastLength = lengths[lengths.length - 1] ?? 0;
	const beforeLast = letters.slice(0, letters.length - lastLength);
	const previousLength = lengths[lengths.length - 2] ?? 0;
	if (
		!VOWEL.test(letters.slice(-lastLength)) &&
		previousLength > 0 &&
		!isSyllable(beforeLast.slice(-previousLength))
	) {
		lengths.splice(-2, 2, previousLength + lastLength);
	}
	return lengths;
}
