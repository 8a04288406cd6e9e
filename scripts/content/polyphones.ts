/**
 * Context rules for the polyphones pinyin-pro reads wrongly most often in our sentences: 得, the
 * measure word 个 and the question word 多少. Phrase-level fixes (还钱, 率先 …) live in
 * content/pinyin.yaml instead.
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

/** What stands before 个 as a measure word, which is read in the neutral tone: 一个, 这个, 3个, 每个. */
const GE_AFTER = new Set(Array.from('一二两三四五六七八九十百千万几这那哪单每0123456789'));
/** Where 个 is the measure word too, unless it starts a word of its own: 上个月, 下个星期, 给个好评, 有个好处. */
const GE_AFTER_UNLESS_WORD = new Set(Array.from('上下给有'));
/** What follows 个 in the words 个人, 个性, 个体, 个别, 个案, 个例, 个子 (all gè). */
const GE_WORD_ENDS = new Set(Array.from('人性体别案例子'));

/** Corrects 个 as a measure word to the neutral tone, in place. */
export function fixGe(chars: readonly string[], syllables: string[]): void {
	chars.forEach((ch, i) => {
		if (ch !== '个' || syllables[i] !== 'gè') return;
		const prev = chars[i - 1] ?? '';
		if (GE_AFTER.has(prev) || (GE_AFTER_UNLESS_WORD.has(prev) && !GE_WORD_ENDS.has(chars[i + 1] ?? '')))
			syllables[i] = 'ge';
	});
}

/** What follows 多少 as the adverb "more or less" (多少有点, 多少会, 多少了解; 多多少少), read duōshǎo. */
const DUOSHAO_ADVERB_BEFORE = new Set(Array.from('有会能也还都要可了知懂受带少'));

/** Reads the question word 多少 "how much, how many" (是多少, 多少钱) duōshao, in place. */
export function fixDuoShao(chars: readonly string[], syllables: string[]): void {
	chars.forEach((ch, i) => {
		if (ch !== '多' || chars[i + 1] !== '少' || syllables[i + 1] !== 'shǎo') return;
		if (!DUOSHAO_ADVERB_BEFORE.has(chars[i + 2] ?? '')) syllables[i + 1] = 'shao';
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
