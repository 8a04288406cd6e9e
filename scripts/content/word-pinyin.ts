/**
 * Word-joined pinyin after GB/T 16159 (kèhù guānxì, not kè hù guān xì): syllables of one word are
 * written together, words apart; 了/着/过, 们, one-syllable suffixes, erhua and the neutral second
 * syllable of a reduplicated verb join the word before.
 */

/** Is this run of characters, read with these syllables, a word (CC-CEDICT or a content entry)? */
export type IsWord = (word: string, syllables: readonly string[]) => boolean;

/** Words longer than this are compounds, written word by word (kèhù zhōngshēn jiàzhí). */
const MAX_JOINED = 3;
const ATTACH = new Set(Array.from('们率度性化者'));
const PARTICLES = new Set(['了:le', '着:zhe', '过:guo']);
/** Neutral-tone particles, words of their own: a split that buries one inside a word (特|别的) loses a tie. */
const NEUTRAL_PARTICLES = new Set(['的:de', '地:de', '得:de', '了:le', '着:zhe', '过:guo']);
const PUNCTUATION: Record<string, string> = {
	'，': ', ',
	'。': '. ',
	'、': ', ',
	'；': '; ',
	'：': ': ',
	'？': '? ',
	'！': '! ',
	'（': ' (',
	'）': ') ',
	'“': ' “',
	'”': '” ',
	'《': ' «',
	'》': '» ',
	'…': '…'
};

interface Word {
	chars: string[];
	syllables: string[];
}

/** Longest match from one end; returns the lengths of the words in text order. */
function longestMatch(chars: string[], syllables: string[], isWord: IsWord, backward: boolean): number[] {
	const lengths: number[] = [];
	let i = backward ? chars.length : 0;
	while (backward ? i > 0 : i < chars.length) {
		let len = Math.min(MAX_JOINED, backward ? i : chars.length - i);
		const at = (n: number) => (backward ? chars.slice(i - n, i) : chars.slice(i, i + n)).join('');
		const read = (n: number) => (backward ? syllables.slice(i - n, i) : syllables.slice(i, i + n));
		while (len > 1 && !isWord(at(len), read(len))) len--;
		lengths.push(len);
		i += backward ? -len : len;
	}
	return backward ? lengths.reverse() : lengths;
}

/** How many words of a split hold a neutral-tone particle inside them (别的 in 特|别的). */
function buriedParticles(lengths: number[], chars: string[], syllables: string[]): number {
	let buried = 0;
	let i = 0;
	for (const len of lengths) {
		if (len > 1)
			for (let k = i; k < i + len; k++) if (NEUTRAL_PARTICLES.has(`${chars[k]}:${syllables[k]}`)) buried++;
		i += len;
	}
	return buried;
}

/**
 * Forward and backward longest match; the one with fewer words wins. On a tie, the one that keeps
 * the particles 的, 了 … out of longer words (tèbié de, not tè biéde) wins, else the backward one.
 */
function segmentRun(chars: string[], syllables: string[], isWord: IsWord): Word[] {
	const forward = longestMatch(chars, syllables, isWord, false);
	const backward = longestMatch(chars, syllables, isWord, true);
	const lengths =
		forward.length < backward.length ||
		(forward.length === backward.length &&
			buriedParticles(forward, chars, syllables) < buriedParticles(backward, chars, syllables))
			? forward
			: backward;
	const words: Word[] = [];
	let i = 0;
	for (const len of lengths) {
		words.push({ chars: chars.slice(i, i + len), syllables: syllables.slice(i, i + len) });
		i += len;
	}
	return words.reduce<Word[]>((out, w) => {
		const prev = out.at(-1);
		const ch = w.chars.join('');
		const joins =
			prev !== undefined &&
			w.chars.length === 1 &&
			((ch === '儿' && w.syllables[0] === 'r') ||
				PARTICLES.has(`${ch}:${w.syllables[0]}`) ||
				(ATTACH.has(ch) && prev.chars.length + 1 <= MAX_JOINED) ||
				// a reduplicated one-syllable verb, its second syllable neutral: shìshi, tīngting
				(prev.chars.length === 1 && prev.chars[0] === ch && /^[a-zü]+$/.test(w.syllables[0] ?? '')));
		if (joins) {
			prev.chars.push(...w.chars);
			prev.syllables.push(...w.syllables);
		} else out.push(w);
		return out;
	}, []);
}

/** Joins a word's syllables, with an apostrophe before a, o or e inside the word (quán'é). */
function joinSyllables(syllables: readonly string[]): string {
	return syllables.map((s, k) => (k > 0 && /^[aāáǎàoōóǒòeēéěè]/.test(s) ? `'${s}` : s)).join('');
}

/** The word-joined pinyin line of a text, given one syllable per character ('' for others). */
export function joinWords(text: string, syllables: readonly string[], isWord: IsWord): string {
	const chars = Array.from(text);
	const parts: string[] = [];
	let i = 0;
	while (i < chars.length) {
		if (syllables[i]) {
			let end = i;
			while (end < chars.length && syllables[end]) end++;
			const words = segmentRun(chars.slice(i, end), syllables.slice(i, end), isWord);
			parts.push(...words.map((w) => ` ${joinSyllables(w.syllables)} `));
			i = end;
		} else {
			const ch = chars[i] ?? '';
			parts.push(PUNCTUATION[ch] ?? ch);
			i++;
		}
	}
	return parts
		.join('')
		.replace(/\s+/g, ' ')
		.replace(/ ([,.;:?!)»”])/g, '$1')
		.replace(/([(«“]) /g, '$1')
		.trim();
}
