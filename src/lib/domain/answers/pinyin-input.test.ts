import { describe, expect, it } from 'vitest';
import { parsePinyin, parsePinyinRuns, toToneMarks, type ParsedSyllable } from './pinyin-input';

/** "ke4 hu" → [{ke, 4}, {hu, null}]: the compact way to write what parsePinyin should give. */
function syllables(spec: string): ParsedSyllable[] {
	return spec.split(' ').map((s) => {
		const m = /^(.*?)(\d?)$/.exec(s);
		return { letters: m?.[1] ?? '', tone: m?.[2] ? (Number(m[2]) as ParsedSyllable['tone']) : null };
	});
}

describe('parsePinyin', () => {
	it.each([
		'ke4hu4',
		'kèhù',
		'ke4 hu4',
		'KE4HU4',
		'Kèhù',
		'kè hù',
		"ke4'hu4",
		'ke4-hu4',
		'  ke4hu4  ',
		'kè4hù'
	])('reads %s as ke4 hu4', (input) => expect(parsePinyin(input)).toEqual(syllables('ke4 hu4')));
	it.each(['lv4', 'lu:4', 'lü4', 'lǜ', 'LV4', 'LÜ4', 'lu\u0308\u0300', 'Lǜ'])('reads %s as lü4', (input) => {
		expect(parsePinyin(input)).toEqual(syllables('lü4'));
	});
	it('reads neutral tone typed as 5 or 0', () => {
		expect(parsePinyin('hao3de5')).toEqual(syllables('hao3 de0'));
		expect(parsePinyin('hao3de0')).toEqual(syllables('hao3 de0'));
	});
	it('gives null for a syllable typed without a tone', () => {
		expect(parsePinyin('kehu')).toEqual(syllables('ke hu'));
		expect(parsePinyin('kehu4')).toEqual(syllables('ke hu4'));
		expect(parsePinyin('kèhu')).toEqual(syllables('ke4 hu'));
	});
	it('splits unspaced input into valid syllables, longest first', () => {
		expect(parsePinyin('kehuguanxi')).toEqual(syllables('ke hu guan xi'));
		expect(parsePinyin('kèhùguānxì')).toEqual(syllables('ke4 hu4 guan1 xi4'));
		expect(parsePinyin('xian')).toEqual(syllables('xian'));
		expect(parsePinyin('shangu')).toEqual(syllables('shan gu'));
	});
	it('honours apostrophes, spaces and digits as syllable boundaries', () => {
		expect(parsePinyin("xi'an")).toEqual(syllables('xi an'));
		expect(parsePinyin('xi an')).toEqual(syllables('xi an'));
		expect(parsePinyin('xi1an1')).toEqual(syllables('xi1 an1'));
		expect(parsePinyin('fang1an4')).toEqual(syllables('fang1 an4'));
		expect(parsePinyin('fan1gan4')).toEqual(syllables('fan1 gan4'));
		expect(parsePinyin('fangan')).toEqual(syllables('fang an'));
	});
	it('uses tone marks to find boundaries: one mark per syllable', () => {
		expect(parsePinyin('xīān')).toEqual(syllables('xi1 an1'));
		expect(parsePinyin('xiān')).toEqual(syllables('xian1'));
		expect(parsePinyin('fāngàn')).toEqual(syllables('fang1 an4'));
	});
	it('writes ü after j q x y as u, as standard spelling does', () => {
		expect(parsePinyin('jv3')).toEqual(syllables('ju3'));
		expect(parsePinyin('xüe2')).toEqual(syllables('xue2'));
		expect(parsePinyin('lue4')).toEqual(syllables('lüe4'));
	});
	it('accepts full-width letters and digits from a Chinese keyboard', () => {
		expect(parsePinyin('ｋｅ４ｈｕ４')).toEqual(syllables('ke4 hu4'));
	});
	it('takes a tone digit after a space as the tone of the syllable before', () => {
		expect(parsePinyin('ke 4 hu 4')).toEqual(syllables('ke4 hu4'));
		expect(parsePinyin('ke44')).toEqual(syllables('ke4'));
	});
	it('cuts letters that are not pinyin by their shape, so feedback can point at them', () => {
		expect(parsePinyin('ke4h')).toEqual(syllables('ke4 h'));
		expect(parsePinyin('kehugaunxi')).toEqual(syllables('ke hu gaun xi'));
		expect(parsePinyin('kx3')).toEqual(syllables('kx3'));
	});
	it('ignores everything that is not pinyin', () => {
		expect(parsePinyin('')).toEqual([]);
		expect(parsePinyin('  ,. ')).toEqual([]);
		expect(parsePinyin('客户')).toEqual([]);
		expect(parsePinyin('hao3!')).toEqual(syllables('hao3'));
	});
	it('reads erhua as one syllable', () => {
		expect(parsePinyin('yi4dian3r')).toEqual(syllables('yi4 dianr3'));
		expect(parsePinyin('yi4dianr3')).toEqual(syllables('yi4 dianr3'));
	});
});

describe('parsePinyinRuns', () => {
	it('offers every split of an ambiguous run, greedy first', () => {
		expect(parsePinyinRuns('fangan')).toEqual([[syllables('fang an'), syllables('fan gan')]]);
	});
	it('gives one run per unbroken stretch of letters', () => {
		expect(parsePinyinRuns("xi'an ke4hu")).toEqual([
			[syllables('xi')],
			[syllables('an')],
			[syllables('ke4')],
			[syllables('hu')]
		]);
	});
});

describe('toToneMarks', () => {
	it.each([
		['ke4hu4', 'kèhù'],
		['lv4', 'lǜ'],
		['lu:4', 'lǜ'],
		['liu2cun2lv4', 'liúcúnlǜ'],
		['gui4', 'guì'],
		['liu2', 'liú'],
		['gou3', 'gǒu'],
		['xue2', 'xué'],
		['kuai4', 'kuài'],
		['hao3de5', 'hǎode'],
		['hao3de0', 'hǎode'],
		['xian1', 'xiān'],
		['xi1an1', 'xīān'],
		['guan1xi4', 'guānxì'],
		['guanxi4', 'guanxì'],
		['zhuang4', 'zhuàng'],
		['yi4dian3r', 'yìdiǎnr'],
		['yi4dianr3', 'yìdiǎnr']
	])('%s → %s', (typed, shown) => expect(toToneMarks(typed)).toBe(shown));
	it('keeps an unfinished syllable as typed', () => {
		expect(toToneMarks('ke4h')).toBe('kèh');
		expect(toToneMarks('ke')).toBe('ke');
		expect(toToneMarks('')).toBe('');
	});
	it('keeps spaces and apostrophes the learner typed', () => {
		expect(toToneMarks('ke4 hu4')).toBe('kè hù');
		expect(toToneMarks('ke4 hu4 ')).toBe('kè hù ');
		expect(toToneMarks("xi1'an1")).toBe("xī'ān");
	});
	it('shows v and u: as ü straight away', () => {
		expect(toToneMarks('lv')).toBe('lü');
		expect(toToneMarks('nu:')).toBe('nü');
	});
	it('keeps the case the learner typed', () => {
		expect(toToneMarks('KE4HU4')).toBe('KÈHÙ');
		expect(toToneMarks('Lv4')).toBe('Lǜ');
	});
	it('gives the same result when its own output is typed on', () => {
		const once = toToneMarks('ke4h');
		expect(toToneMarks(`${once}u4`)).toBe('kèhù');
		expect(toToneMarks(toToneMarks('liu2cun2lv4'))).toBe('liúcúnlǜ');
	});
	it('lets a digit replace a mark already there', () => {
		expect(toToneMarks('hǎo4')).toBe('hào');
		expect(toToneMarks('hǎo5')).toBe('hao');
	});
	it('leaves a digit it cannot place', () => {
		expect(toToneMarks('h4')).toBe('h4');
		expect(toToneMarks('4')).toBe('4');
		expect(toToneMarks('ke 4')).toBe('ke 4');
	});
});
