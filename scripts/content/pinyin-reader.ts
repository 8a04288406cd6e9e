import { customPinyin, pinyin } from 'pinyin-pro';
import { citeYiBu, fixDe, fixDuoShao, fixGe } from './polyphones';

/** Reads a text character by character: a syllable with tone marks, or '' for non-Chinese characters. */
export type PinyinReader = (text: string) => string[];

/** pinyin-pro, taught the phrase readings from content/pinyin.yaml and the 得, 个 and 多少 rules, in citation tones. */
export function createPinyinReader(overrides: Record<string, string>): PinyinReader {
	customPinyin(overrides);
	return (text) => {
		const all = pinyin(text, { type: 'all' });
		const syllables = all.map((c) => (c.isZh ? c.pinyin : ''));
		const chars = all.map((c) => c.origin);
		citeYiBu(chars, syllables);
		fixDe(chars, syllables);
		fixGe(chars, syllables);
		fixDuoShao(chars, syllables);
		return syllables;
	};
}
