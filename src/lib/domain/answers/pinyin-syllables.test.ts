import { describe, expect, it } from 'vitest';
import { LONGEST_SYLLABLE, PINYIN_SYLLABLES } from './pinyin-syllables';

describe('PINYIN_SYLLABLES', () => {
	it('holds the full table of about 410 syllables', () => {
		expect(PINYIN_SYLLABLES.size).toBeGreaterThanOrEqual(400);
		expect(PINYIN_SYLLABLES.size).toBeLessThanOrEqual(420);
	});
	it.each(['a', 'er', 'ke', 'hu', 'guan', 'xi', 'zhuang', 'lü', 'nüe', 'jiong', 'yue', 'shei', 'rua'])(
		'contains %s',
		(s) => expect(PINYIN_SYLLABLES.has(s)).toBe(true)
	);
	it.each(['lv', 'ju:', 'jü', 'xüe', 'kè', 'gv', 'bou', 'fiao', 'n', 'ng', ''])('does not contain %s', (s) =>
		expect(PINYIN_SYLLABLES.has(s)).toBe(false)
	);
	it('is lower-case toneless letters, none longer than LONGEST_SYLLABLE', () => {
		for (const s of PINYIN_SYLLABLES) {
			expect(s).toMatch(/^[a-zü]+$/);
			expect(s.length).toBeLessThanOrEqual(LONGEST_SYLLABLE);
		}
	});
});
