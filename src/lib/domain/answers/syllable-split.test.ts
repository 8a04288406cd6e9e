import { describe, expect, it } from 'vitest';
import { isSyllable, normalizeSyllable, shapeSplit, validSplits } from './syllable-split';

function cut(letters: string, lengths: readonly number[]): string[] {
	let start = 0;
	return lengths.map((len) => letters.slice(start, (start += len)));
}
const splits = (letters: string) => validSplits(letters).map((l) => cut(letters, l));
const first = (letters: string) => splits(letters)[0];

describe('validSplits', () => {
	it('takes the longest syllable first', () => {
		expect(first('xian')).toEqual(['xian']);
		expect(first('kehuguanxi')).toEqual(['ke', 'hu', 'guan', 'xi']);
		expect(first('zhuangkuang')).toEqual(['zhuang', 'kuang']);
	});
	it('backtracks when the longest syllable leaves letters that do not split', () => {
		expect(first('shangu')).toEqual(['shan', 'gu']);
		expect(first('xiane')).toEqual(['xian', 'e']);
		expect(first('jianer')).toEqual(['jian', 'er']);
	});
	it('lists the other readings after the greedy one', () => {
		expect(splits('fangan')).toEqual([
			['fang', 'an'],
			['fan', 'gan']
		]);
		expect(splits('xian')).toEqual([['xian'], ['xi', 'an']]);
	});
	it('finds nothing for letters that are not pinyin', () => {
		expect(validSplits('kx')).toEqual([]);
		expect(validSplits('keh')).toEqual([]);
	});
	it('lets a piece be vetoed', () => {
		const noLongPieces = validSplits('xian', (start, end) => end - start < 4);
		expect(noLongPieces.map((l) => cut('xian', l))).toEqual([['xi', 'an']]);
	});
	it('reads erhua only where no vowel follows the r', () => {
		expect(first('yidianr')).toEqual(['yi', 'dianr']);
		expect(first('nar')).toEqual(['nar']);
		expect(first('shenru')).toEqual(['shen', 'ru']);
		expect(first('danren')).toEqual(['dan', 'ren']);
	});
	it('stops at the limit', () => {
		expect(validSplits('xianxianxian', () => true, 3)).toHaveLength(3);
	});
});

describe('shapeSplit', () => {
	it('cuts at consonant-vowel boundaries', () => {
		expect(cut('gaunxi', shapeSplit('gaunxi'))).toEqual(['gaun', 'xi']);
		expect(cut('keh', shapeSplit('keh'))).toEqual(['ke', 'h']);
		expect(cut('kx', shapeSplit('kx'))).toEqual(['kx']);
	});
	it('keeps trailing consonants on a misspelt syllable', () => {
		expect(cut('zhnag', shapeSplit('zhnag'))).toEqual(['zhnag']);
		expect(cut('kehx', shapeSplit('kehx'))).toEqual(['ke', 'hx']);
	});
});

describe('normalizeSyllable', () => {
	it('writes ü after j q x y as u, and lue/nue as lüe/nüe', () => {
		expect(['jü', 'qüan', 'xüe', 'yün', 'lue', 'nue', 'lü', 'ke'].map(normalizeSyllable)).toEqual([
			'ju',
			'quan',
			'xue',
			'yun',
			'lüe',
			'nüe',
			'lü',
			'ke'
		]);
	});
	it('accepts those spellings as syllables', () => {
		expect(isSyllable('jü')).toBe(true);
		expect(isSyllable('lue')).toBe(true);
		expect(isSyllable('lv')).toBe(false);
	});
});
