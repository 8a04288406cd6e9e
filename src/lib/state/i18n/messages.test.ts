import { describe, expect, it } from 'vitest';
import { MESSAGES, translator } from './all';
import { format } from './messages';

describe('format', () => {
	it('fills placeholders and picks the English plural form', () => {
		const t = 'Study {count, plural, one {# more card} other {# more cards}} in {deck}';
		expect(format(t, { count: 1, deck: 'A2' })).toBe('Study 1 more card in A2');
		expect(format(t, { count: 10, deck: 'A2' })).toBe('Study 10 more cards in A2');
	});

	it('uses Chinese plural rules in Chinese, where there is one form', () => {
		const t = '{count, plural, one {# 张} other {# 张卡}}';
		expect(format(t, { count: 1 }, 'zh')).toBe('1 张卡');
	});

	it('never shows a raw placeholder when a value is missing at run time', () => {
		expect(format('{word} lapsed {lapses} times', { word: '客户' })).toBe('客户 lapsed  times');
	});

	it('has every key in both languages, with the same placeholders', () => {
		expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
		const names = (s: string) => [...s.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]).sort();
		// The 中文 interface names a headword deck by its characters alone: its gloss is English.
		const droppedInZh: Partial<Record<string, string>> = { 'decks.headword': 'gloss' };
		for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
			const en = names(MESSAGES.en[key]).filter((n) => n !== droppedInZh[key]);
			expect(new Set(names(MESSAGES.zh[key])), key).toEqual(new Set(en));
		}
	});
});

describe('translator', () => {
	it('words plurals in English and counts in Chinese', () => {
		expect(translator('en')('study.today', { count: 1 })).not.toMatch(/1 answers/);
		expect(translator('zh')('study.today', { count: 1 })).toMatch(/1/);
	});

	it('requires every value a message names', () => {
		const t = translator('en');
		// @ts-expect-error a message with {word} and {lapses} needs both
		expect(t('study.leech', { word: '客户' })).not.toMatch(/\{lapses\}/);
		// @ts-expect-error a message without placeholders takes no values
		t('study.title', { count: 1 });
	});
});
