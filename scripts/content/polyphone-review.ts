/**
 * The polyphone review: every sentence where a common polyphone stands as a one-character word
 * (where the dictionary check cannot tell its readings apart) carries a recorded human verdict,
 * keyed by sentence and a hash of its text and reading, so a review is never repeated.
 */
import type { WordLookup } from './reading-check';

/** Common polyphones whose readings are words of their own (after 普通话异读词审音表 and the usual 多音字 lists). */
export const POLYPHONES = new Set(
	Array.from(
		'长重行还得地了着为只量应便分差空数少好发干种处相传调朝当都背难强切省兴要正转作没率系乐角觉看间将降结解教露散似提载更给会几度假冲称答担倒恶供冠号划和卡空累量露蒙磨宁铺奇切亲曲圈塞散丧舍鲜削血压应扎择曾涨挣中种属钻'
	)
);
/** Readings that are the only sensible one wherever these characters stand alone in our sentences. */
const PLAIN = new Set([
	'了le',
	'着zhe',
	'都dōu',
	'会huì',
	'给gěi',
	'要yào',
	'好hǎo',
	'得de',
	'地de',
	'为wèi',
	'没méi',
	'还hái',
	'只zhǐ',
	'更gèng',
	'看kàn',
	'和hé',
	'中zhōng',
	'种zhǒng',
	'当dāng',
	'将jiāng',
	'几jǐ',
	'少shǎo',
	'发fā',
	'提tí',
	'分fēn',
	'长cháng',
	'难nán',
	'正zhèng'
]);

export interface ReviewSentence {
	/** e.g. "kefu.examples[27]" */
	key: string;
	text: string;
	syllables: readonly string[];
}

/** The polyphones in a sentence that stand as one-character words, with their readings ("倒dào"). */
export function standalonePolyphones(s: ReviewSentence, lookup: WordLookup): string[] {
	const chars = Array.from(s.text);
	const inWord = new Array<boolean>(chars.length).fill(false);
	for (let i = 0; i < chars.length; i++)
		for (let len = 2; len <= 6 && i + len <= chars.length; len++)
			if (s.syllables.slice(i, i + len).every(Boolean) && lookup(chars.slice(i, i + len).join('')))
				for (let j = i; j < i + len; j++) inWord[j] = true;
	return chars
		.map((c, i) => (POLYPHONES.has(c) && !inWord[i] && s.syllables[i] ? `${c}${s.syllables[i]}` : ''))
		.filter((h) => h !== '' && !PLAIN.has(h));
}

/** FNV-1a over the text and its reading: a changed sentence or reading needs a new review. */
export function reviewHash(s: ReviewSentence): string {
	let h = 0x811c9dc5;
	for (const ch of `${s.text}|${s.syllables.join(' ')}`) {
		h ^= ch.codePointAt(0) ?? 0;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}
