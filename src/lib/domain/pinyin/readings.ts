/**
 * The tones a dictionary accepts for each syllable of a word, beyond the one the content shows:
 * 一 and 不 in their citation tones and tone-changed forms, and the neutral-tone or full-tone
 * reading of words that standard dictionaries give both ways (关系 guānxi / guānxì).
 */
import { toneOf, type Tone } from './tones';

/** Words read with a neutral or a full tone: [word, syllable index within it, the full tone]. */
const NEUTRAL_OR_FULL: readonly (readonly [string, number, Tone])[] = [
	['关系', 1, 4],
	['客气', 1, 4],
	['东西', 1, 1],
	['意思', 1, 1],
	['时候', 1, 4],
	['麻烦', 1, 2],
	['认识', 1, 2],
	['生意', 1, 4],
	['朋友', 1, 3],
	['明白', 1, 2],
	['清楚', 1, 3],
	['消息', 1, 1],
	['地方', 1, 1],
	['打算', 1, 4],
	['商量', 1, 2],
	['便宜', 1, 2],
	['衣服', 1, 2],
	['事情', 1, 2],
	['知道', 1, 4],
	['告诉', 1, 4],
	['喜欢', 1, 1],
	['先生', 1, 1],
	['舒服', 1, 2],
	['部分', 1, 4]
];

const HAN = /\p{Script=Han}/u;

/** The Han characters of a word, one per syllable, or null when they do not line up with the syllables. */
export function syllableChars(hanzi: string, syllables: readonly string[]): string[] | null {
	const chars = Array.from(hanzi).filter((ch) => HAN.test(ch));
	return chars.length === syllables.length ? chars : null;
}

/** 一 is yī alone, yí before a 4th tone and yì before the others; 不 is bù, and bú before a 4th tone. */
function yiBuTones(char: string, next: Tone | undefined): Tone[] {
	if (char === '一') return next === undefined || next === 0 ? [1] : [1, next === 4 ? 2 : 4];
	if (char === '不') return next === 4 ? [4, 2] : [4];
	return [];
}

/** For each syllable, every tone a dictionary accepts, the content's own tone first. */
export function acceptedTones(hanzi: string, syllables: readonly string[]): Tone[][] {
	const tones = syllables.map((s) => toneOf(s.normalize('NFC').toLowerCase()));
	const accepted = tones.map((tone) => [tone]);
	const chars = syllableChars(hanzi, syllables);
	if (!chars) return accepted;
	const word = chars.join('');
	chars.forEach((char, i) => accepted[i]!.push(...yiBuTones(char, tones[i + 1])));
	for (const [entry, at, full] of NEUTRAL_OR_FULL) {
		for (let start = word.indexOf(entry); start >= 0; start = word.indexOf(entry, start + 1))
			accepted[start + at]?.push(0, full);
	}
	return accepted.map((list) => [...new Set(list)]);
}
