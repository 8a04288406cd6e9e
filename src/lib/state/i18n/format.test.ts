import { describe, expect, it } from 'vitest';
import { dateText, decimals, oneDecimal, pluralOf, wholeNumber } from './format';

describe('app-wide formatting', () => {
	it('groups whole numbers as both languages write them', () => {
		for (const n of [0, 7, 999, 1000, 1972, 60000, 1234567, -4321]) {
			expect(wholeNumber(n)).toBe(new Intl.NumberFormat('en').format(n));
			expect(wholeNumber(n)).toBe(new Intl.NumberFormat('zh-CN').format(n));
		}
	});

	it('uses one plural form in Chinese and two in English', () => {
		expect([pluralOf('en', 1), pluralOf('en', 2), pluralOf('en', 0)]).toEqual(['one', 'other', 'other']);
		expect(pluralOf('zh', 1)).toBe('other');
	});

	it('writes decimals and dates in the interface language', () => {
		expect(decimals('en', 1234.5, 2)).toBe('1,234.50');
		expect(oneDecimal('zh', 2.25)).toMatch(/^2\.[23]$/);
		const day = Date.UTC(2026, 2, 12, 12);
		expect(dateText('zh', day)).toContain('2026年3月12日');
		expect(dateText('en', day, 'long')).toContain('March 12, 2026');
	});

	it('shows a dash for a stored date no calendar can hold, instead of breaking the screen', () => {
		expect(dateText('en', 8.64e15 + 1)).toBe('—');
		expect(dateText('zh', Number.NaN, 'dateTime')).toBe('—');
	});
});
