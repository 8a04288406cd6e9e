import { describe, expect, it } from 'vitest';
import { alignSyllables } from './syllable-alignment';

const KEHU_GUANXI = ['ke', 'hu', 'guan', 'xi'];

describe('alignSyllables', () => {
	it('pairs one to one when the counts agree, even if letters differ', () => {
		expect(alignSyllables(['ke', 'hu'], ['hu', 'ke'])).toEqual([
			{ expected: 0, given: 0 },
			{ expected: 1, given: 1 }
		]);
	});
	it('marks a left-out syllable without shifting the rest', () => {
		expect(alignSyllables(KEHU_GUANXI, ['ke', 'guan', 'xi'])).toEqual([
			{ expected: 0, given: 0 },
			{ expected: 1, given: null },
			{ expected: 2, given: 1 },
			{ expected: 3, given: 2 }
		]);
	});
	it('marks an extra syllable', () => {
		expect(alignSyllables(['ke', 'hu'], ['ke', 'hu', 'hu'])).toEqual([
			{ expected: 0, given: 0 },
			{ expected: 1, given: 1 },
			{ expected: null, given: 2 }
		]);
	});
	it('keeps a typo beside the syllable it replaces', () => {
		expect(alignSyllables(['ke', 'hu'], ['ka'])).toEqual([
			{ expected: 0, given: 0 },
			{ expected: 1, given: null }
		]);
	});
	it('handles nothing typed', () => {
		expect(alignSyllables(['ke'], [])).toEqual([{ expected: 0, given: null }]);
	});
});
