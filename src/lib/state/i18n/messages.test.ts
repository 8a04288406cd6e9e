import { describe, expect, it } from 'vitest';
import { format, MESSAGES } from './messages';

describe('format', () => {
	it('fills placeholders and picks the English plural form', () => {
		const t = 'Study {count, plural, one {# more card} other {# more cards}} in {deck}';
		expect(format(t, { count: 1, deck: 'A2' })).toBe('Study 1 more card in A2');
		expect(format(t, { count: 10, deck: 'A2' })).toBe('Study 10 more cards in A2');
	});

	it('has every key in both languages', () => {
		expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
	});
});
