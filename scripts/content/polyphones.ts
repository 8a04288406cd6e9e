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
