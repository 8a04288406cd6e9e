import { describe, expect, it } from 'vitest';
import { markIndex, markTone, markVowel } from './pinyin-marks';

describe('markTone', () => {
	it.each([
		['ke', 4, 'kè'],
		['hao', 3, 'hǎo'],
		['xue', 2, 'xué'],
		['gou', 3, 'gǒu'],
		['gui', 4, 'guì'],
		['liu', 2, 'liú'],
		['lü', 4, 'lǜ'],
		['nüe', 4, 'nüè'],
		['jiong', 3, 'jiǒng'],
		['er', 2, 'ér'],
		['dianr', 3, 'diǎnr'],
		['zhi', 1, 'zhī']
	] as const)('%s with tone %i is %s', (letters, tone, marked) => {
		expect(markTone(letters, tone)).toBe(marked);
	});
	it('leaves the neutral tone bare', () => {
		expect(markTone('de', 0)).toBe('de');
	});
	it('keeps a digit when there is no vowel to mark', () => {
		expect(markTone('hm', 4)).toBe('hm4');
	});
});

describe('markIndex', () => {
	it('finds a or e first, then the o of ou, then the last vowel', () => {
		expect(['kuai', 'xie', 'zhou', 'dui', 'niu', 'xiong', 'ng'].map(markIndex)).toEqual([
			2, 2, 2, 2, 2, 2, -1
		]);
	});
});

describe('markVowel', () => {
	it('keeps the case of the vowel', () => {
		expect(markVowel('E', 1)).toBe('Ē');
		expect(markVowel('ü', 3)).toBe('ǚ');
		expect(markVowel('Ü', 4)).toBe('Ǜ');
	});
	it('leaves consonants and the neutral tone alone', () => {
		expect(markVowel('k', 2)).toBe('k');
		expect(markVowel('a', 0)).toBe('a');
	});
});
