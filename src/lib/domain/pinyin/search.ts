import { splitMark, toneOf, type Tone } from './tones';

type Token = { kind: 'letter'; base: string; tone: Tone } | { kind: 'tone'; tone: Tone };

/** Query letters are compared with ü folded to v, so "lv", "lü" and "lu" all reach 率 lǜ. */
function fold(base: string): string {
	return base === 'ü' ? 'v' : base;
}

function entryTokens(syllables: readonly string[]): { tokens: Token[]; starts: number[] } {
	const tokens: Token[] = [];
	const starts: number[] = [];
	for (const syllable of syllables) {
		starts.push(tokens.length);
		for (const ch of syllable.toLowerCase()) {
			const [base, tone] = splitMark(ch);
			tokens.push({ kind: 'letter', base: fold(base), tone });
		}
		tokens.push({ kind: 'tone', tone: toneOf(syllable) });
	}
	return { tokens, starts };
}

function queryTokens(query: string): Token[] {
	const tokens: Token[] = [];
	const cleaned = query
		.toLowerCase()
		.replace(/u:/g, 'ü')
		.replace(/[\s'’·-]/g, '');
	for (const ch of cleaned) {
		if (/[0-5]/.test(ch)) {
			const n = Number(ch);
			tokens.push({ kind: 'tone', tone: (n === 5 ? 0 : n) as Tone });
		} else {
			const [base, tone] = splitMark(ch);
			tokens.push({ kind: 'letter', base: fold(base), tone });
		}
	}
	return tokens;
}

function matchFrom(entry: Token[], start: number, query: Token[]): boolean {
	let e = start;
	for (const q of query) {
		if (q.kind === 'tone') {
			const t = entry[e];
			if (!t || t.kind !== 'tone' || t.tone !== q.tone) return false;
			e += 1;
			continue;
		}
		// Tone numbers are optional in the query: step over the entry's syllable ends.
		while (entry[e]?.kind === 'tone') e += 1;
		const t = entry[e];
		if (!t || t.kind !== 'letter') return false;
		const sameLetter = t.base === q.base || (t.base === 'v' && q.base === 'u');
		if (!sameLetter || (q.tone !== 0 && q.tone !== t.tone)) return false;
		e += 1;
	}
	return true;
}

/**
 * Whether a pinyin query finds a word, starting at any syllable: "kehu", "ke4hu4" and "kèhù" all
 * find 客户 (["kè", "hù"]). Tones given in the query must match; tones left out match any tone.
 */
export function matchesPinyin(syllables: readonly string[], query: string): boolean {
	return pinyinMatchStart(syllables, query) >= 0;
}

/** The index of the first syllable a pinyin query matches from, or -1. */
export function pinyinMatchStart(syllables: readonly string[], query: string): number {
	const q = queryTokens(query);
	if (q.length === 0 || q[0]?.kind === 'tone') return -1;
	const { tokens, starts } = entryTokens(syllables);
	return starts.findIndex((s) => matchFrom(tokens, s, q));
}
