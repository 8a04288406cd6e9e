import { describe, expect, it } from 'vitest';
import { checkReadings, type ContextReading, type Reading, type WordLookup } from './reading-check';

const DICT: Record<string, string[]> = {
	漏斗: ['lou4 dou3'],
	销售: ['xiao1 shou4'],
	销: ['xiao1'],
	售: ['shou4'],
	漏: ['lou4'],
	斗: ['dou3', 'dou4'],
	大: ['da4', 'dai4'],
	城市: ['cheng2 shi4'],
	大城市: ['da4 cheng2 shi4'],
	都会: ['du1 hui4'],
	都: ['dou1', 'du1'],
	会: ['hui4'],
	有点儿: ['you3 dian3 r5'],
	绿: ['lu:4'],
	上个月: ['shang4 ge4 yue4'],
	个: ['ge4']
};
const lookup: WordLookup = (w) => DICT[w];
const reading = (text: string, syllables: string): Reading => {
	const given = syllables.split(' ');
	let k = 0;
	return {
		file: 'content/entries/x.yaml',
		path: 'examples[0]',
		text,
		syllables: Array.from(text, (ch) => (/\p{Script=Han}/u.test(ch) ? (given[k++] ?? '') : ''))
	};
};

describe('the dictionary check of readings', () => {
	it('finds a misread word even when each character alone has that reading', () => {
		const { disagreements } = checkReadings([reading('销售漏斗', 'xiāo shòu lòu dòu')], lookup, []);
		expect(disagreements).toEqual([
			expect.objectContaining({ word: '漏斗', content: 'lou4 dou4', dictionary: ['lou4 dou3'] })
		]);
	});

	it('passes the dictionary reading, and counts every Chinese syllable', () => {
		const result = checkReadings([reading('销售漏斗。', 'xiāo shòu lòu dǒu')], lookup, []);
		expect(result).toEqual({ checked: 4, disagreements: [], unused: [] });
	});

	it('finds 大城市 read dài', () => {
		const { disagreements } = checkReadings([reading('大城市', 'dài chéng shì')], lookup, []);
		expect(disagreements.map((d) => d.word)).toEqual(['大城市']);
	});

	it('accepts a reviewed context reading, and reports reviewed readings the content never uses', () => {
		const dou: ContextReading = { word: '都会', reading: 'dōu huì', reason: 'all + will' };
		const unusedOne: ContextReading = { word: '漏斗', reading: 'lòu dòu', reason: 'never read so' };
		const result = checkReadings([reading('都会', 'dōu huì')], lookup, [dou, unusedOne]);
		expect(result.disagreements).toEqual([]);
		expect(result.unused).toEqual([unusedOne]);
		expect(checkReadings([reading('都会', 'dōu huì')], lookup, []).disagreements).toHaveLength(1);
	});

	it('checks the rest of a word around a reviewed reading against the dictionary', () => {
		const ge: ContextReading = { word: '个', reading: 'ge', reason: 'measure word' };
		expect(checkReadings([reading('上个月', 'shàng ge yuè')], lookup, [ge]).disagreements).toEqual([]);
		const { disagreements } = checkReadings([reading('上个月', 'shàng ge yuē')], lookup, [ge]);
		expect(disagreements.map((d) => d.word)).toEqual(['上个月']);
	});

	it('compares erhua and ü the way the dictionary writes them', () => {
		const result = checkReadings([reading('有点儿绿', 'yǒu diǎn r lǜ')], lookup, []);
		expect(result.disagreements).toEqual([]);
	});
});
