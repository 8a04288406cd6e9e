/**
 * Context rules for the polyphone pinyin-pro reads wrongly most often in our sentences: 得.
 * Phrase-level fixes (还钱, 率先 …) live in content/pinyin.yaml instead.
 */

/** Words a subject or adverb may precede where 得 is still dé: 我得到, 他得知. */
const DE2_AFTER = new Set(Array.from('到出知以分罪失益利奖体力当手胜票主宠意逞悉救志闲'));
/** What stands before modal 得 (děi, "must"): a pronoun or an adverb. */
const DEI_BEFORE = new Set(Array.from('我你他她它们您咱谁就还也都总可须又则便才只先'));
/** Degree words that follow complement 得 (de): 做得很好, 说得更清楚. */
const DE_BEFORE_DEGREE = new Set(Array.from('很非太更越真特挺十最比相'));

/** Citation tones for 一 and 不: pinyin-pro writes their sandhi (yí gè, bú shì), the data keeps yī and bù. */
export function citeYiBu(chars: readonly string[], syllables: string[]): void {
	chars.forEach((ch, i) => {
		if (ch === '一' && (syllables[i] === 'yí' || syllables[i] === 'yì')) syllables[i] = 'yī';
		if (ch === '不' && syllables[i] === 'bú') syllables[i] = 'bù';
	});
}

/** What stands before 个 as a measure word, which is read in the neutral tone: 一个, 这个, 3个. */
const GE_AFTER = new Set(Array.from('一二两三四五六七八九十百千万几这那哪单0123456789'));

/** Corrects 个 after a numeral or demonstrative to the neutral tone, in place. */
export function fixGe(chars: readonly string[], syllables: string[]): void {
	chars.forEach((ch, i) => {
		if (ch === '个' && syllables[i] === 'gè' && GE_AFTER.has(chars[i - 1] ?? '')) syllables[i] = 'ge';
	});
}

/** Corrects the syllables of 得 in place, given the characters of the sentence. */
export function fixDe(chars: readonly string[], syllables: string[]): void {
	chars.forEach((ch, i) => {
		if (ch !== '得' || syllables[i] !== 'dé') return;
		const prev = chars[i - 1] ?? '';
		const next = chars[i + 1] ?? '';
		if (DE_BEFORE_DEGREE.has(next) && prev !== '' && !DEI_BEFORE.has(prev)) syllables[i] = 'de';
		else if (DEI_BEFORE.has(prev) && !DE2_AFTER.has(next)) syllables[i] = 'děi';
	});
}
