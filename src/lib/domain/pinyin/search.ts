import { acceptedTones } from './readings';
import { splitMark, type Tone } from './tones';

type Token = { kind: 'letter'; base: string; tone: Tone } | { kind: 'tone'; tone: Tone };
/** An entry's letters carry the tones their syllable may take, so a mark on them can match any. */
type EntryToken =
	{ kind: 'letter'; base: string; tones: readonly Tone[] } | { kind: 'tone'; tones: readonly Tone[] };

/** Query letters are compared with ü folded to v, so "lv", "lü" and "lu" all reach 率 lǜ. */
function fold(base: string): string {
	return base === 'ü' ? 'v' : base;
}

function entryTokens(
	syllables: readonly string[],
	hanzi: string
): { tokens: EntryToken[]; starts: number[] } {
	const tokens: EntryToken[] = [];
	const starts: number[] = [];
	const accepted = acceptedTones(hanzi, syllables);
	syllables.forEach((syllable, i) => {
		const tones = accepted[i] ?? [];
		starts.push(tokens.length);
		for (const ch of syllable.toLowerCase())
			tokens.push({ kind: 'letter', base: fold(splitMark(ch)[0]), tones });
		tokens.push({ kind: 'tone', tones });
	});
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

function matchFrom(entry: EntryToken[], start: number, query: Token[]): boolean {
	let e = start;
	for (const q of query) {
		if (q.kind === 'tone') {
			const t = entry[e];
			if (!t || t.kind !== 'tone' || !t.tones.includes(q.tone)) return false;
			e += 1;
			continue;
		}
		// Tone numbers are optional in the query: step over the entry's syllable ends.
		while (entry[e]?.kind === 'tone') e += 1;
		const t = entry[e];
		if (!t || t.kind !== 'letter') return false;
		const sameLetter = t.base === q.base || (t.base === 'v' && q.base === 'u');
		if (!sameLetter || (q.tone !== 0 && !t.tones.includes(q.tone))) return false;
		e += 1;
	}
	return true;
}

/**
 * Whether a pinyin query finds a word (`hanzi`, read `syllables`), starting at any syllable: "kehu",
 * "ke4hu4" and "kèhù" all find 客户. Tones given in the query must be ones a dictionary gives the
 * word (关系 as guānxi or guānxì, 一般 as yībān or yìbān); tones left out match any tone.
 */
export function matchesPinyin(syllables: readonly string[], query: string, hanzi = ''): boolean {
	return pinyinMatchStart(syllables, query, hanzi) >= 0;
}

// A search asks every word with one query: each word's tokens and the query's are worked out once.
const entryCache = new WeakMap<readonly string[], { hanzi: string; entry: ReturnType<typeof entryTokens> }>();
let lastQuery: { text: string; tokens: Token[] } = { text: '', tokens: [] };

function cachedEntryTokens(syllables: readonly string[], hanzi: string): ReturnType<typeof entryTokens> {
	const hit = entryCache.get(syllables);
	if (hit?.hanzi === hanzi) return hit.entry;
	const entry = entryTokens(syllables, hanzi);
	entryCache.set(syllables, { hanzi, entry });
	return entry;
}

/** The index of the first syllable a pinyin query matches from, or -1. */
export function pinyinMatchStart(syllables: readonly string[], query: string, hanzi = ''): number {
	if (lastQuery.text !== query) lastQuery = { text: query, tokens: queryTokens(query) };
	const q = lastQuery.tokens;
	if (q.length === 0 || q[0]?.kind === 'tone') return -1;
	const { tokens, starts } = cachedEntryTokens(syllables, hanzi);
	return starts.findIndex((s) => matchFrom(tokens, s, q));
}
