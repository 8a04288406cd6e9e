import { customPinyin, pinyin } from 'pinyin-pro';
import { fixDe } from './polyphones';

/** Reads a text character by character: a syllable with tone marks, or '' for non-Chinese characters. */
export type PinyinReader = (text: string) => string[];

/** pinyin-pro, taught the phrase readings from content/pinyin.yaml and the 得 rules. */
export function createPinyinReader(overrides: Record<string, string>): PinyinReader {
	customPinyin(overrides);
	return (text) => {
		const all = pinyin(text, { type: 'all' });
		const syllables = all.map((c) => (c.isZh ? c.pinyin : ''));
		fixDe(
			all.map((c) => c.origin),
			syllables
		);
		return syllables;
	};
}
