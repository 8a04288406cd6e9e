import { describe, expect, it } from 'vitest';
import { feedbackLine } from './feedback';
import { translator } from './all';

const in_ = translator;

describe('feedbackLine', () => {
	it('names the character and the tones in both languages', () => {
		const issue = { kind: 'tone', index: 3, char: '系', wrote: 2, expected: 4 } as const;
		expect(feedbackLine(in_('en'), issue)).toBe('系: you wrote tone 2, it is tone 4.');
		expect(feedbackLine(in_('zh'), issue)).toBe('“系”：你写的是第2声，应为第4声。');
	});

	it('words the neutral tone and counts syllables with plurals', () => {
		expect(feedbackLine(in_('en'), { kind: 'tone', index: 1, char: '的', wrote: 2, expected: 0 })).toBe(
			'的: you wrote tone 2, it is the neutral tone.'
		);
		expect(feedbackLine(in_('en'), { kind: 'count', wrote: 1, expected: 2 })).toBe(
			'You wrote 1 syllable; the word has 2.'
		);
	});
});
