import { describe, expect, it } from 'vitest';
import { matchesPinyin, pinyinMatchStart } from './search';

const KEHU = ['kè', 'hù'];
const LIUCUNLV = ['liú', 'cún', 'lǜ'];

describe('matchesPinyin', () => {
	it.each(['kehu', 'ke4hu4', 'kèhù', 'ke hu', 'KeHu', 'ke4hu', 'kehù', 'ke'])('finds 客户 with %s', (q) => {
		expect(matchesPinyin(KEHU, q)).toBe(true);
	});
	it.each(['ke3hu4', 'kěhù', 'kehuo', 'ehu', '4', ''])('rejects %s for 客户', (q) => {
		expect(matchesPinyin(KEHU, q)).toBe(false);
	});
	it('matches ü typed as v, u or ü', () => {
		for (const q of ['liucunlv', 'liucunlu', 'lv4', 'lü', 'lǜ', 'liu2cun2lv4'])
			expect(matchesPinyin(LIUCUNLV, q)).toBe(true);
		expect(matchesPinyin(LIUCUNLV, 'lv3')).toBe(false);
	});
	it('treats 5 and 0 as the neutral tone', () => {
		expect(matchesPinyin(['hǎo', 'de'], 'hao3de5')).toBe(true);
		expect(matchesPinyin(['hǎo', 'de'], 'hao3de0')).toBe(true);
		expect(matchesPinyin(['hǎo', 'de'], 'hao3de1')).toBe(false);
	});
	it('reports the syllable a match starts at', () => {
		expect(pinyinMatchStart(['kè', 'hù', 'guān', 'xì'], 'guanxi')).toBe(2);
		expect(pinyinMatchStart(['kè', 'hù', 'guān', 'xì'], 'kehu')).toBe(0);
	});

	it('finds words by every reading a dictionary gives them', () => {
		expect(matchesPinyin(['kè', 'hù', 'guān', 'xì'], 'kèhù guānxi', '客户关系')).toBe(true);
		expect(matchesPinyin(['kè', 'hù', 'guān', 'xì'], 'guan1xi5', '客户关系')).toBe(true);
		expect(matchesPinyin(['yì', 'bān'], 'yi1ban1', '一般')).toBe(true);
		expect(matchesPinyin(['yì', 'bān'], 'yi3ban1', '一般')).toBe(false);
		expect(matchesPinyin(['kè', 'hù'], 'ke3', '客户')).toBe(false);
	});
});
