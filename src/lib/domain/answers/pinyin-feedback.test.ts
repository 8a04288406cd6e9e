import { describe, expect, it } from 'vitest';
import { checkPinyin, toneMistakes, type PinyinIssue } from './pinyin-feedback';

/** Issues in a compact form, so expectations read as one line each. */
function told(expected: readonly string[], input: string, hanzi = ''): string[] {
	const text = (i: PinyinIssue) => {
		switch (i.kind) {
			case 'empty':
				return 'empty';
			case 'count':
				return `count ${i.wrote}/${i.expected}`;
			case 'missing':
				return `missing ${i.char} ${i.expected}`;
			case 'letters':
				return `letters ${i.char} ${i.wrote}→${i.expected}`;
			case 'no-tone':
				return `no tone ${i.char} →${i.expected}`;
			case 'tone':
				return `tone ${i.char} ${i.wrote}→${i.expected}`;
		}
	};
	return checkPinyin(expected, input, hanzi).issues.map(text);
}

const KEHU = ['kè', 'hù'];
const KEHU_GUANXI = ['kè', 'hù', 'guān', 'xì'];

describe('checkPinyin: right answers', () => {
	it.each(['ke4hu4', 'kèhù', 'ke4 hu4', 'KE4HU4', 'kè hù', "ke4'hu4", ' ke4hu4 ', 'ｋｅ４ｈｕ４'])(
		'accepts %s for 客户',
		(input) => {
			const check = checkPinyin(KEHU, input);
			expect(check.correct).toBe(true);
			expect(check.issues).toEqual([]);
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
		expect(told(['fān', 'gàn'], 'fangan')).toEqual(['no tone fān →1', 'no tone gàn →4']);
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

describe('checkPinyin: dictionary readings', () => {
	it('accepts 一 and 不 in their citation tones as well as tone-changed', () => {
		const yiban = ['yì', 'bān', 'bǎo', 'chí', 'kè', 'hù'];
		for (const input of ['yi1ban1bao3chi2ke4hu4', 'yi4ban1bao3chi2ke4hu4'])
			expect(checkPinyin(yiban, input, '一般保持客户').correct, input).toBe(true);
		expect(told(yiban, 'yi2ban1bao3chi2ke4hu4', '一般保持客户')).toEqual(['tone 一 2→4']);
		expect(checkPinyin(['bú', 'gòu'], 'bu4gou4', '不够').correct).toBe(true);
	});

	it('accepts the neutral and the full tone where dictionaries give both', () => {
		for (const input of ['kèhù guānxi', 'ke4hu4guan1xi4', 'ke4hu4guan1xi5'])
			expect(checkPinyin(KEHU_GUANXI, input, '客户关系').correct, input).toBe(true);
		expect(checkPinyin(['xì', 'tǒng'], 'xitong3', '系统').correct).toBe(false);
	});
});

describe('checkPinyin: what the learner is told', () => {
	it('names a wrong tone and its character', () => {
		expect(told(KEHU, 'ke4hu2', '客户')).toEqual(['tone 户 2→4']);
		expect(checkPinyin(KEHU_GUANXI, 'ke4hu4guan1xi2', '客户关系').issues).toEqual([
			{ kind: 'tone', index: 3, char: '系', wrote: 2, expected: 4 }
		]);
	});
	it('names the syllable when the characters do not line up', () => {
		expect(told(KEHU, 'kéhù')).toEqual(['tone kè 2→4']);
	});
	it('names wrong letters with what was written', () => {
		expect(told(KEHU, 'kahu4', '客户')).toEqual(['letters 客 ka→kè']);
		expect(told(KEHU, 'ka4hu4', '客户')).toEqual(['letters 客 kà→kè']);
	});
	it('counts the syllables when there are too many or too few', () => {
		expect(told(KEHU, 'ke4hu4hu4')).toEqual(['count 3/2']);
		expect(told(KEHU, 'ke4', '客户')).toEqual(['count 1/2', 'missing 户 hù']);
	});
	it('says where a left-out syllable was', () => {
		expect(told(KEHU_GUANXI, 'ke4 guan1 xi4', '客户关系')).toEqual(['count 3/4', 'missing 户 hù']);
	});
	it('says when no tone was given', () => {
		expect(told(KEHU_GUANXI, 'ke4hu4guanxi4', '客户关系')).toEqual(['no tone 关 →1']);
	});
	it('names the neutral tone', () => {
		expect(told(['hǎo', 'de'], 'hao3de2', '好的')).toEqual(['tone 的 2→0']);
		expect(told(KEHU, 'ke5hu4', '客户')).toEqual(['tone 客 0→4']);
	});
	it('gives one issue per problem, in order', () => {
		expect(told(KEHU_GUANXI, 'ke3hu4gaun1xi', '客户关系')).toEqual(['tone 客 3→4', 'letters 关 gāun→guān']);
		expect(told(['kè', 'hù', 'guān', 'xì'], 'ke3hu4gaun1xi')).toEqual([
			'tone kè 3→4',
			'letters guān gāun→guān',
			'no tone xì →4'
		]);
	});
	it('keeps a misspelt syllable in one piece', () => {
		expect(told(['zhōng', 'guó'], 'zhnag1guo2')).toEqual(['letters zhōng zhnāg→zhōng']);
	});
	it('says so when nothing was typed', () => {
		const check = checkPinyin(KEHU, '  ');
		expect(check.correct).toBe(false);
		expect(check.issues).toEqual([{ kind: 'empty' }]);
		expect(check.syllables.map((s) => s.letters)).toEqual(['missing', 'missing']);
	});
	it('treats ü and u as different letters', () => {
		expect(told(['lǜ'], 'lu4', '率')).toEqual(['letters 率 lù→lǜ']);
	});
});

describe('checkPinyin: per-syllable results', () => {
	it('reports letters and tone separately', () => {
		expect(checkPinyin(KEHU, 'ke2hu', '客户').syllables).toEqual([
			{
				index: 0,
				expected: 'kè',
				char: '客',
				given: 'ké',
				letters: 'ok',
				tone: 'wrong',
				expectedTone: 4,
				givenTone: 2
			},
			{
				index: 1,
				expected: 'hù',
				char: '户',
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
