import type { Segment } from '../../src/lib/content/types';

/**
 * Splits a sentence into known words (longest match against the dictionary) and plain runs,
 * carrying one pinyin syllable per character so the page can show pinyin without pinyin-pro.
 */
export function segmentSentence(
	text: string,
	syllables: string[],
	dictionary: ReadonlyMap<string, string>,
	longestWord: number
): Segment[] {
	const chars = Array.from(text);
	const segments: Segment[] = [];
	let plain: Segment | null = null;
	let i = 0;
	while (i < chars.length) {
		let matched = 0;
		let entryId: string | undefined;
		for (let len = Math.min(longestWord, chars.length - i); len > 0; len--) {
			const id = dictionary.get(chars.slice(i, i + len).join(''));
			if (id) {
				matched = len;
				entryId = id;
				break;
			}
		}
		if (entryId) {
			plain = null;
			segments.push({
				text: chars.slice(i, i + matched).join(''),
				pinyin: syllables.slice(i, i + matched),
				entryId
			});
			i += matched;
		} else {
			if (!plain) {
				plain = { text: '', pinyin: [] };
				segments.push(plain);
			}
			plain.text += chars[i];
			plain.pinyin.push(syllables[i] ?? '');
			i += 1;
		}
	}
	return segments;
}
