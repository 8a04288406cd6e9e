import { describe, expect, it } from 'vitest';
import { checkPinyin, ordinal, toneMistakes } from './pinyin-feedback';

const KEHU = ['kè', 'hù'];
const KEHU_GUANXI = ['kè', 'hù', 'guān', 'xì'];

describe('checkPinyin: right answers', () => {
	it.each(['ke4hu4', 'kèhù', 'ke4 hu4', 'KE4HU4', 'kè hù', "ke4'hu4", ' ke4hu4 ', 'ｋｅ４ｈｕ４'])(
		'accepts %s for 客户',
		(input) => {
			const check = checkPinyin(KEHU, input);
			expect(check.correct).toBe(true);
			expect(check.summary).toEqual([]);
		}
	);
	it.each(['lv4', 'lu:4', 'lü4', 'lǜ', 'LV4'])('accepts %s for 率 lǜ', (input) => {
		expect(checkPinyin(['lǜ'], input).correct).toBe(true);
	});
	it('accepts a neutral tone given as 5, 0 or not at all', () => {
		for (const input of ['hao3de5', 'hao3de0', 'hao3de', 'hǎode']) {
			expect(checkPinyin(['hǎo', 'de'], input).correct).toBe(true);
		}
	});
	it('uses the expected word to split ambiguous input', () => {
		expect(checkPinyin(['fāng', 'àn'], 'fang1an4').correct).toBe(true);
		expect(checkPinyin(['fāng', 'àn'], 'fāngàn').correct).toBe(true);
		expect(checkPinyin(['xī', 'ān'], 'xi1an1').correct).toBe(true);
		expect(checkPinyin(['xiān'], 'xian1').correct).toBe(true);
	});
	it('picks the split that matches even without tones', () => {
		expect(checkPinyin(['fān', 'gàn'], 'fangan').summary).toEqual([
			'1st syllable: no tone given, it is tone 1',
			'2nd syllable: no tone given, it is tone 4'
		]);
		expect(checkPinyin(['xī', 'ān'], 'xian').syllables.map((s) => s.letters)).toEqual(['ok', 'ok']);
	});
	it('accepts erhua with the tone before or after the r', () => {
		expect(checkPinyin(['yì', 'diǎnr'], 'yi4dian3r').correct).toBe(true);
		expect(checkPinyin(['yì', 'diǎnr'], 'yìdiǎnr').correct).toBe(true);
	});
	it('accepts jv and ju alike for jù', () => {
		expect(checkPinyin(['jù'], 'jv4').correct).toBe(true);
		expect(checkPinyin(['lüè'], 'lue4').correct).toBe(true);
	});
});

describe('checkPinyin: what the learner is told', () => {
	it('names a wrong tone', () => {
		expect(checkPinyin(KEHU, 'ke4hu2').summary).toEqual(['2nd syllable: you wrote tone 2, it is tone 4']);
		expect(checkPinyin(KEHU, 'kéhù').summary).toEqual(['1st syllable: you wrote tone 2, it is tone 4']);
	});
	it('names wrong letters with what was written', () => {
		expect(checkPinyin(KEHU, 'kahu4').summary).toEqual(['1st syllable: you wrote ka, it is kè']);
		expect(checkPinyin(KEHU, 'ka4hu4').summary).toEqual(['1st syllable: you wrote kà, it is kè']);
	});
	it('counts the syllables when there are too many or too few', () => {
		expect(checkPinyin(KEHU, 'ke4hu4hu4').summary).toEqual(['you wrote 3 syllables, the word has 2']);
		expect(checkPinyin(KEHU, 'ke4').summary).toEqual([
			'you wrote 1 syllable, the word has 2',
			'2nd syllable: missing, it is hù'
		]);
	});
	it('says where a left-out syllable was', () => {
		expect(checkPinyin(KEHU_GUANXI, 'ke4 guan1 xi4').summary).toEqual([
			'you wrote 3 syllables, the word has 4',
			'2nd syllable: missing, it is hù'
		]);
	});
	it('says when no tone was given', () => {
		expect(checkPinyin(KEHU_GUANXI, 'ke4hu4guanxi4').summary).toEqual([
			'3rd syllable: no tone given, it is tone 1'
		]);
	});
	it('names the neutral tone', () => {
		expect(checkPinyin(['hǎo', 'de'], 'hao3de2').summary).toEqual([
			'2nd syllable: you wrote tone 2, it is the neutral tone'
		]);
		expect(checkPinyin(KEHU, 'ke5hu4').summary).toEqual([
			'1st syllable: you wrote the neutral tone, it is tone 4'
		]);
	});
	it('gives one line per problem, in order', () => {
		expect(checkPinyin(KEHU_GUANXI, 'ke3hu4gaun1xi').summary).toEqual([
			'1st syllable: you wrote tone 3, it is tone 4',
			'3rd syllable: you wrote gāun, it is guān',
			'4th syllable: no tone given, it is tone 4'
		]);
	});
	it('keeps a misspelt syllable in one piece', () => {
		expect(checkPinyin(['zhōng', 'guó'], 'zhnag1guo2').summary).toEqual([
			'1st syllable: you wrote zhnāg, it is zhōng'
		]);
	});
	it('says so when nothing was typed', () => {
		const check = checkPinyin(KEHU, '  ');
		expect(check.correct).toBe(false);
		expect(check.summary).toEqual(['no pinyin given']);
		expect(check.syllables.map((s) => s.letters)).toEqual(['missing', 'missing']);
	});
	it('treats ü and u as different letters', () => {
		expect(checkPinyin(['lǜ'], 'lu4').summary).toEqual(['1st syllable: you wrote lù, it is lǜ']);
	});
});

describe('checkPinyin: per-syllable results', () => {
	it('reports letters and tone separately', () => {
		expect(checkPinyin(KEHU, 'ke2hu').syllables).toEqual([
			{ index: 0, expected: 'kè', given: 'ké', letters: 'ok', tone: 'wrong', expectedTone: 4, givenTone: 2 },
			{
				index: 1,
				expected: 'hù',
				given: 'hu',
				letters: 'ok',
				tone: 'missing',
				expectedTone: 4,
				givenTone: null
			}
		]);
	});
	it('marks missing syllables with given null', () => {
		const [, second] = checkPinyin(KEHU, 'ke4').syllables;
		expect(second).toMatchObject({ index: 1, given: null, letters: 'missing', tone: 'missing' });
	});
	it('is not correct with an extra syllable even if the others match', () => {
		expect(checkPinyin(KEHU, 'ke4hu4hu4').correct).toBe(false);
	});
});

describe('toneMistakes', () => {
	it('lists syllables whose only problem is the tone', () => {
		expect(toneMistakes(checkPinyin(KEHU_GUANXI, 'ke2hu4guan3xi'))).toEqual([
			{ index: 0, expected: 4, given: 2 },
			{ index: 2, expected: 1, given: 3 }
		]);
	});
	it('leaves out wrong letters, missing tones and right answers', () => {
		expect(toneMistakes(checkPinyin(KEHU, 'ka2hu'))).toEqual([]);
		expect(toneMistakes(checkPinyin(KEHU, 'ke4hu4'))).toEqual([]);
	});
});

describe('ordinal', () => {
	it('writes English ordinals', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'23rd',
			'101st',
			'111th'
		]);
	});
});
